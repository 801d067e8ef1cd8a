import { useId, useState, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';

interface TreeBranchProps {
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

/**
 * An expandable tree item: a label and a group of children, open by default. A click toggles it only when
 * it lands on this item itself; clicks inside the group belong to a folder or space below.
 */
export function TreeBranch({
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
  const [expanded, setExpanded] = useState(true);
  const labelId = useId();
  const toggle = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('[role="treeitem"]') !== event.currentTarget) return;
    setExpanded((open) => !open);
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
      <ul role="group" hidden={!expanded}>
        {children}
      </ul>
    </li>
  );
}
