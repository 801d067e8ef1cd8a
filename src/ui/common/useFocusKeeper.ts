import { useEffect, type RefObject } from 'react';
import { byData } from './byData';

/** What a card board tells the keeper: where its cards are, and when its data changed. */
export interface FocusKeeperSource {
  /** The `data-*` name (dataset form, e.g. `cardId`) every card item of the board carries. */
  card: string;
  /** Calls `changed` after each change of the board's data; returns the unsubscribe function. */
  subscribe: (changed: () => void) => () => void;
  /** Whether the board moves the focus itself for the change happening now (its own drags). */
  handlesFocus: () => boolean;
}

/**
 * Keeps the keyboard focus on a board's card when a change the user did not make here redraws it: a
 * colleague moving the focused card to another column (or the same user in another tab) re-renders it as
 * a new list item, and the focus fell to the page, where the arrows and Tab start over. After such a
 * change the card takes the focus again where it is drawn now, without scrolling the user's view, if the
 * user can see it there; if it is drawn nowhere (archived, taken out, in a collapsed column) or out of
 * sight, the card now at its old place in its list does (or the list's last).
 * Changes whose focus the board handles itself (its drags, which give the focus back on their own) are
 * left alone.
 */
export function useFocusKeeper(board: RefObject<HTMLElement | null>, source: FocusKeeperSource): void {
  const { card, subscribe, handlesFocus } = source;
  useEffect(() => {
    const root = board.current;
    if (root === null) return;
    const selector = `[data-${card.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}]`;
    let last: { key: string; item: HTMLElement; list: HTMLElement; index: number } | null = null;
    const onFocusIn = (event: FocusEvent) => {
      const item = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(selector) : null;
      const list = item?.parentElement ?? null;
      const key = item?.dataset[card];
      last =
        item && list && key !== undefined
          ? { key, item, list, index: cardsOf(list, selector).indexOf(item) }
          : null;
    };
    root.addEventListener('focusin', onFocusIn);
    let frame = 0;
    const unsubscribe = subscribe(() => {
      if (last === null || handlesFocus()) return;
      cancelAnimationFrame(frame);
      // Once the change is drawn.
      frame = requestAnimationFrame(() => {
        const lost = last;
        const focused = document.activeElement;
        if (lost === null || lost.item.isConnected || (focused !== null && focused !== document.body)) return;
        const again = byData(root, card, lost.key);
        const stayed = lost.list.isConnected ? cardsOf(lost.list, selector) : [];
        const atOldPlace = stayed[Math.min(lost.index, stayed.length - 1)] ?? null;
        // Followed where the user can see it; moved out of sight (another column scrolled away, far down
        // a long one), the focus stays where the user was working.
        const target = again !== null && (atOldPlace === null || inSight(again, root)) ? again : atOldPlace;
        target?.focus({ preventScroll: true });
      });
    });
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [board, card, subscribe, handlesFocus]);
}

/** Whether any of `element` shows inside every scrolling box around it up to `root`, and in the window. */
function inSight(element: HTMLElement, root: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  // Without a layout (no box at all) nothing says it is out of sight.
  if (box.width === 0 && box.height === 0) return true;
  const overlaps = (area: { left: number; right: number; top: number; bottom: number }) =>
    box.right > area.left && box.left < area.right && box.bottom > area.top && box.top < area.bottom;
  if (!overlaps({ left: 0, top: 0, right: innerWidth, bottom: innerHeight })) return false;
  for (let around = element.parentElement; around !== null; around = around.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(around);
    if ((overflowX !== 'visible' || overflowY !== 'visible') && !overlaps(around.getBoundingClientRect())) {
      return false;
    }
    if (around === root) break;
  }
  return true;
}

function cardsOf(list: HTMLElement, selector: string): HTMLElement[] {
  return [...list.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.matches(selector),
  );
}
