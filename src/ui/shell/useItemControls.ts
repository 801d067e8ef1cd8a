import { useCallback, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { byData } from '../common/byData';
import { isMenuKey } from './TreeItemMenu';

/**
 * The state of one folder or space in the sidebar: its actions menu, its rename form, and where focus
 * goes after an action. A moved item is re-inserted in the DOM, which drops focus, so focus is put back
 * once it has moved; an archived one has left the tree, so its parent item takes focus.
 */
export function useItemControls(id?: string) {
  const item = useRef<HTMLLIElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const focusItem = useCallback(() => {
    // An item archived out of view (a workspace, with archived items hidden) is gone by the next frame:
    // the tree's first item takes the focus rather than the page.
    // A space moved into another folder is drawn anew under it: found again by its id.
    const tree = item.current?.closest<HTMLElement>('[role="tree"]') ?? null;
    requestAnimationFrame(() => {
      const target = item.current?.isConnected
        ? item.current
        : ((id !== undefined && tree ? byData(tree, 'treeId', id) : null) ??
          tree?.querySelector<HTMLElement>('[role="treeitem"]'));
      target?.focus();
      // Moved into a collapsed folder, the item is hidden and cannot take the focus: its folder does.
      if (target && document.activeElement !== target) {
        target.parentElement?.closest<HTMLElement>('[role="treeitem"]')?.focus();
      }
    });
  }, [id]);
  const run = useCallback(
    (write: () => void | Promise<unknown>, focus: 'item' | 'parent') => {
      const parent = item.current?.parentElement?.closest<HTMLElement>('[role="treeitem"]') ?? null;
      const fail = (caught: unknown) =>
        setError(caught instanceof Error ? caught.message : 'That did not work.');
      try {
        // Document writes finish at once; a server call (a workspace's) reports its refusal later.
        const pending = write();
        setError(null);
        if (pending instanceof Promise) pending.catch(fail);
      } catch (caught) {
        fail(caught);
      }
      if (focus === 'parent' && parent) requestAnimationFrame(() => parent.focus());
      else focusItem();
    },
    [focusItem],
  );
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || !isMenuKey(event)) return;
    event.preventDefault();
    event.stopPropagation();
    setMenuOpen(true);
  }, []);
  const onContextMenu = useCallback((event: MouseEvent<HTMLElement>) => {
    // Only for this item itself, not for a folder's spaces (they open their own).
    if ((event.target as HTMLElement).closest('[role="treeitem"]') !== event.currentTarget) return;
    event.preventDefault();
    setMenuOpen(true);
  }, []);
  const endRename = useCallback(() => {
    setRenaming(false);
    focusItem();
  }, [focusItem]);

  return {
    item,
    menuOpen,
    setMenuOpen,
    renaming,
    startRename: useCallback(() => setRenaming(true), []),
    endRename,
    error,
    run,
    focusItem,
    onKeyDown,
    onContextMenu,
  };
}
