import { createContext, useCallback, useRef, useState } from 'react';

/** Something the sidebar's menus just archived, and the write that brings it back. */
export interface ArchivedItem {
  kind: 'workspace' | 'folder' | 'space';
  name: string;
  restore: () => void | Promise<unknown>;
}

/**
 * Tells the sidebar that one of its menus archived an item, so it offers the way back at once. An archive
 * takes the item away from every member; "Show archived" and Restore bring it back, but Undo right after
 * is what someone who chose the wrong item expects.
 */
export const ArchiveNoticeContext = createContext<(item: ArchivedItem) => void>(() => {});

type Notice =
  | { state: 'archived'; item: ArchivedItem }
  | { state: 'restoring'; item: ArchivedItem }
  | { state: 'restored'; item: ArchivedItem }
  | { state: 'failed'; item: ArchivedItem; message: string };

/** The notice's state and what its buttons do; `show` is what the menus call (through the context). */
export function useArchiveNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  // A later archive replaces the notice; an undo still under way must not overwrite that one.
  const current = useRef<ArchivedItem | null>(null);
  const show = useCallback((item: ArchivedItem) => {
    current.current = item;
    setNotice({ state: 'archived', item });
  }, []);
  const dismiss = useCallback(() => {
    current.current = null;
    setNotice(null);
  }, []);
  const undo = useCallback(async (item: ArchivedItem) => {
    current.current = item;
    setNotice({ state: 'restoring', item });
    try {
      await item.restore();
      // A later archive (or Dismiss) meanwhile keeps its notice: this one went well and can go unsaid.
      if (current.current === item) setNotice({ state: 'restored', item });
    } catch (error) {
      // A failure is said whatever replaced the notice: the user last saw this item coming back.
      current.current = item;
      setNotice({ state: 'failed', item, message: error instanceof Error ? error.message : 'unknown error' });
    }
  }, []);
  return { notice, show, dismiss, undo };
}

function sentence(notice: Notice): string {
  const what = `the ${notice.item.kind} “${notice.item.name}”`;
  switch (notice.state) {
    case 'archived':
      return `Archived ${what}.`;
    case 'restoring':
      return `Restoring ${what}…`;
    case 'restored':
      return `Restored ${what}.`;
    case 'failed':
      return `Could not restore ${what}: ${notice.message}`;
  }
}

/**
 * The sidebar's line under the tree after an archive: what was archived, Undo, and Dismiss. The region is
 * always there (a live region added with its text is often not read out); it stays until dismissed or
 * replaced, as a notice that vanishes on a timer leaves a slow reader no time to undo.
 */
export function ArchiveNotice({ notice, undo, dismiss }: Omit<ReturnType<typeof useArchiveNotice>, 'show'>) {
  const region = useRef<HTMLDivElement>(null);
  const dismissButton = useRef<HTMLButtonElement>(null);
  return (
    <div ref={region} className="archive-notice" aria-live="polite" aria-atomic="true">
      {notice && (
        <>
          <span>{sentence(notice)}</span>
          {(notice.state === 'archived' || notice.state === 'failed') && (
            <button
              type="button"
              data-archive-undo=""
              onClick={() => {
                // The Undo button leaves with the restore: the focus waits on Dismiss.
                dismissButton.current?.focus();
                void undo(notice.item);
              }}
            >
              {notice.state === 'failed' ? 'Try again' : 'Undo'}
            </button>
          )}
          <button
            ref={dismissButton}
            type="button"
            onClick={() => {
              // The notice leaves with its buttons: the focus goes back to the tree's tab stop, or to
              // "Show archived" when every workspace is archived and the tree is gone.
              const sidebar = region.current?.closest('nav');
              (
                sidebar?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]') ??
                sidebar?.querySelector<HTMLElement>('input[type="checkbox"]')
              )?.focus();
              dismiss();
            }}
          >
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
