import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { WorkspaceStore } from '../../state/index.ts';
import { FormError } from '../common/FormError';
import {
  ArchiveNotice,
  ArchiveNoticeContext,
  useArchiveNotice,
  type ArchiveNoticeState,
} from './ArchiveNotice';
import { ACTIVITY_PAGE, MYSPACE_PAGE, navigate, usePathname } from './route';
import { keepTabStop, onTreeKeyDown } from './treeKeys';
import type { WorkspaceList } from './useWorkspaceList';
import { WorkspaceTreeItem } from './WorkspaceTreeItem';

interface SidebarProps {
  workspaces: WorkspaceList;
  stores: Record<string, WorkspaceStore>;
  currentSpaceId: string | null;
  onRetry: () => void;
  /** Open as a panel over the board (narrow windows); wide windows show the sidebar whatever this says. */
  open?: boolean;
  onClose?: () => void;
  /** The app's archive notice, which a space's own settings tell too; the sidebar's own without it. */
  archiveNotice?: ArchiveNoticeState;
}

/** The app's own pages, first in the sidebar; the one on screen is marked as the current page. */
const PAGES: ReadonlyArray<readonly [string, string]> = [
  ['/', 'Home'],
  [ACTIVITY_PAGE, 'Activity'],
  [MYSPACE_PAGE, 'MySpace'],
];

/** The sidebar's element id, which the header's Navigation button controls. */
export const NAVIGATION_ID = 'app-navigation';

/**
 * Workspaces → folders → spaces as an ARIA tree; choosing a space opens its board. Each folder and space
 * has an actions menu (the ⋯ button, right-click, or Shift+F10 on the item) to rename, reorder or archive
 * it as the user's role allows; "Show archived" brings archived items back into view to restore them.
 */
export function Sidebar({
  workspaces,
  stores,
  currentSpaceId,
  onRetry,
  open = false,
  onClose,
  archiveNotice: shared,
}: SidebarProps) {
  const [showArchived, setShowArchived] = useState(false);
  const own = useArchiveNotice();
  const { show, ...archiveNotice } = shared ?? own;
  const pathname = usePathname();
  // The tree comes and goes (every workspace archived, the list reloading): its tab stop is kept while
  // it is there.
  const stopKeeping = useRef<(() => void) | null>(null);
  const treeRef = useCallback((tree: HTMLUListElement | null) => {
    stopKeeping.current?.();
    stopKeeping.current = tree ? keepTabStop(tree) : null;
  }, []);
  // The panel (narrow windows) comes after the header's other controls in the page, so opening it takes
  // the focus into it: Tab would otherwise pass those controls first. It closes when a place is chosen in
  // it: the focus, which was in it, goes to the heading of the page chosen, which says where the user now
  // is, rather than to nowhere.
  const wasOpen = useRef(open);
  useEffect(() => {
    const opened = !wasOpen.current && open;
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (opened) {
      // Once drawn: a hidden panel takes no focus.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`#${NAVIGATION_ID} button`)?.focus());
      return;
    }
    const active = document.activeElement;
    const nav = document.getElementById(NAVIGATION_ID);
    if (!closed || (active !== null && active !== document.body && !nav?.contains(active))) return;
    requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading === null) return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    });
  }, [open]);
  const allArchived =
    workspaces.state === 'ready' &&
    workspaces.list.length > 0 &&
    !showArchived &&
    workspaces.list.every((workspace) => workspace.archived);
  // Archiving the last workspace takes the tree, and the focus with it: the notice's Undo takes it.
  useEffect(() => {
    if (!allArchived || (document.activeElement && document.activeElement !== document.body)) return;
    (
      document.querySelector<HTMLElement>(`#${NAVIGATION_ID} [data-archive-undo]`) ??
      document.querySelector<HTMLElement>(`#${NAVIGATION_ID} input[type="checkbox"]`)
    )?.focus();
  }, [allArchived]);
  const toggleId = useId();
  return (
    <nav
      id={NAVIGATION_ID}
      className={open ? 'sidebar sidebar-open' : 'sidebar'}
      aria-label="Navigation"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
        onClose?.();
        // Back to the header's Navigation button, which opened the panel.
        document.querySelector<HTMLElement>(`[aria-controls="${NAVIGATION_ID}"]`)?.focus();
      }}
    >
      {PAGES.map(([path, name]) => (
        <button
          key={path}
          type="button"
          className="sidebar-home"
          aria-current={
            pathname === path || (path !== '/' && pathname.startsWith(`${path}/`)) ? 'page' : undefined
          }
          onClick={() => navigate(path)}
        >
          {name}
        </button>
      ))}
      <h2 id="sidebar-workspaces" className="sidebar-heading">
        Workspaces
      </h2>
      {workspaces.state === 'loading' && <p className="muted tree-note">Loading…</p>}
      {workspaces.state === 'error' && (
        <div className="stack">
          <FormError message={`Could not load your workspaces: ${workspaces.message}`} />
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {workspaces.state === 'ready' &&
        (workspaces.list.length === 0 ? (
          <p className="muted tree-note">No workspaces yet.</p>
        ) : allArchived ? (
          <p className="muted tree-note">Every workspace is archived: tick “Show archived” below.</p>
        ) : (
          <ArchiveNoticeContext.Provider value={show}>
            <ul
              ref={treeRef}
              role="tree"
              aria-labelledby="sidebar-workspaces"
              className="tree"
              onKeyDown={onTreeKeyDown}
            >
              {workspaces.list
                .filter((workspace) => showArchived || !workspace.archived)
                .map((workspace, index) => (
                  <WorkspaceTreeItem
                    key={workspace.id}
                    workspace={workspace}
                    store={stores[workspace.id]}
                    currentSpaceId={currentSpaceId}
                    first={index === 0}
                    showArchived={showArchived}
                    reload={onRetry}
                  />
                ))}
            </ul>
          </ArchiveNoticeContext.Provider>
        ))}
      <ArchiveNotice {...archiveNotice} />
      {workspaces.state === 'ready' && workspaces.list.length > 0 && (
        <div className="sidebar-toggle">
          <input
            id={toggleId}
            type="checkbox"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.target.checked)}
          />
          <label htmlFor={toggleId}>Show archived</label>
        </div>
      )}
    </nav>
  );
}
