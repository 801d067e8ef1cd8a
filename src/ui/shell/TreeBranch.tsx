import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useRememberedFlag } from '../common/rememberedFlag';
import { usePathname } from './route';

interface TreeBranchProps {
  /** The workspace's or folder's id: whether it is closed is remembered on this device. */
  id: string;
  label: string;
  labelClass: string;
  level: number;
  tabIndex: number;
  children: ReactNode;
  /** Shown instead of the label (a rename form); the label still names the item. */
  editing?: ReactNode;
  /** After the label on the item's row: badges, the actions menu. */
  extra?: ReactNode;
  className?: string;
  itemRef?: RefObject<HTMLLIElement | null>;
  onKeyDown?: (event: KeyboardEvent<HTMLLIElement>) => void;
  onContextMenu?: (event: MouseEvent<HTMLLIElement>) => void;
}

/** Where the ids of the tree items closed on this device are kept. */
const CLOSED_ITEMS = 'afterboard.closedTreeItems';

/**
 * An expandable tree item: a label and a group of children, open by default and as the user left it on
 * this device. A click toggles it only when it lands on this item itself; clicks inside the group belong to
 * a folder or space below.
 */
export function TreeBranch({
  id,
  label,
  labelClass,
  level,
  tabIndex,
  children,
  editing,
  extra,
  className = '',
  itemRef,
  onKeyDown,
  onContextMenu,
}: TreeBranchProps) {
  const [closed, setClosed] = useRememberedFlag(CLOSED_ITEMS, id);
  const expanded = !closed;
  // The space on screen is never hidden in a closed branch: arriving on it (a reload, a link, the
  // palette) opens the branches above it. Closing one afterwards is the user's choice and stays.
  const group = useRef<HTMLUListElement>(null);
  const pathname = usePathname();
  // The path whose space this branch was opened for (or found to hold): checked once per arrival, as
  // soon as the space's item is drawn (a workspace's document may load after the tree).
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    if (shownFor.current === pathname || !group.current?.querySelector('[aria-selected="true"]')) return;
    shownFor.current = pathname;
    if (closed) setClosed(false);
  });
  const labelId = useId();
  const toggle = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('[role="treeitem"]') !== event.currentTarget) return;
    setClosed(expanded);
  };
  return (
    <li
      ref={itemRef}
      role="treeitem"
      aria-expanded={expanded}
      aria-labelledby={labelId}
      aria-level={level}
      tabIndex={tabIndex}
      className={`tree-item ${className}`}
      onClick={toggle}
      onKeyDown={onKeyDown}
      onContextMenu={onContextMenu}
    >
      <div className="tree-row">
        {/* Whether the item is open shows at a glance: a closed workspace is not one without spaces. */}
        <span className="tree-twisty" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
        <span id={labelId} className={`tree-label ${labelClass}`} hidden={editing !== undefined}>
          {label}
        </span>
        {editing}
        {extra}
      </div>
      <ul role="group" hidden={!expanded} ref={group}>
        {children}
      </ul>
    </li>
  );
}
