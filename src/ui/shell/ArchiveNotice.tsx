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

/** The latest archives shown, each with its Undo; older ones come back with "Show archived". */
const SHOWN = 3;

type State = 'archived' | 'restoring' | 'restored' | 'failed';

interface Entry {
  id: number;
  item: ArchivedItem;
  state: State;
  /** Why the restore failed (state `failed`). */
  message?: string;
}

/** One notice shared by whatever archives (the sidebar's menus, a space's own settings). */
export type ArchiveNoticeState = ReturnType<typeof useArchiveNotice>;

/** The notice's lines and what its buttons do; `show` is what the menus call (through the context). */
export function useArchiveNotice() {
  const [entries, setEntries] = useState<readonly Entry[]>([]);
  const nextId = useRef(1);
  const show = useCallback((item: ArchivedItem) => {
    const id = nextId.current++;
    setEntries((shown) => [{ id, item, state: 'archived' as const }, ...shown].slice(0, SHOWN));
  }, []);
  const dismiss = useCallback(() => setEntries([]), []);
  const undo = useCallback(async ({ id, item }: Entry) => {
    const set = (next: Entry, sayAnyway: boolean) =>
      setEntries((shown) =>
        shown.some((entry) => entry.id === id)
          ? shown.map((entry) => (entry.id === id ? next : entry))
          : sayAnyway
            ? [next, ...shown]
            : shown,
      );
    set({ id, item, state: 'restoring' }, false);
    try {
      await item.restore();
      // Dismissed or pushed out meanwhile: a restore that went well can go unsaid.
      set({ id, item, state: 'restored' }, false);
    } catch (error) {
      // A failure is said even then: the user last saw this item coming back.
      const message = error instanceof Error ? error.message : 'unknown error';
      set({ id, item, state: 'failed', message }, true);
    }
  }, []);
  return { entries, show, dismiss, undo };
}

function sentence({ item, state, message }: Entry): string {
  const what = `the ${item.kind} “${item.name}”`;
  switch (state) {
    case 'archived':
      return `Archived ${what}.`;
    case 'restoring':
      return `Restoring ${what}…`;
    case 'restored':
      return `Restored ${what}.`;
    case 'failed':
      return `Could not restore ${what}: ${message ?? 'unknown error'}`;
  }
}

/**
 * The sidebar's lines under the tree after archives: what was archived, each with Undo, and Dismiss. The
 * region is always there (a live region added with its text is often not read out); it stays until
 * dismissed, as a notice that vanishes on a timer leaves a slow reader no time to undo.
 */
export function ArchiveNotice({ entries, undo, dismiss }: Omit<ReturnType<typeof useArchiveNotice>, 'show'>) {
  const region = useRef<HTMLDivElement>(null);
  const dismissButton = useRef<HTMLButtonElement>(null);
  return (
    <div ref={region} className="archive-notice" aria-live="polite" aria-atomic="true">
      {entries.length > 0 && (
        <>
          {entries.map((entry, index) => (
            <p key={entry.id}>
              <span>{sentence(entry)}</span>{' '}
              {(entry.state === 'archived' || entry.state === 'failed') && (
                <button
                  type="button"
                  // The newest one is where the focus goes when the tree is gone (see Sidebar).
                  data-archive-undo={index === 0 ? '' : undefined}
                  aria-label={`${entry.state === 'failed' ? 'Try again' : 'Undo'}: restore the ${entry.item.kind} “${entry.item.name}”`}
                  onClick={() => {
                    // The button leaves with the restore: the focus waits on Dismiss.
                    dismissButton.current?.focus();
                    void undo(entry);
                  }}
                >
                  {entry.state === 'failed' ? 'Try again' : 'Undo'}
                </button>
              )}
            </p>
          ))}
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
