/**
 * How a long column brings a card it has not drawn into view: through its virtualizer, which knows where
 * that card will be. Home and End on a card use it for a column's ends (`cardFocusKeys.ts`), and closing a
 * card's panel for the card it showed, which a link may have opened far down a column. A plain column
 * draws every card and registers nothing.
 */
import type { RevealTarget as FocusRevealTarget } from '../../common/cardFocusKeys';

/** A card to bring into view: by its id, or as the arrow keys ask (`cardFocusKeys.ts`). */
export type RevealTarget = { cardId: string } | FocusRevealTarget;

/** Scrolls the column to `target`; returns the id of the card it scrolled to, or null if it has no such. */
export type Reveal = (target: RevealTarget) => string | null;

const reveals = new Map<HTMLElement, Reveal>();

/** Registers `reveal` for the list element `list`; call the returned function when the list goes. */
export function registerColumnReveal(list: HTMLElement, reveal: Reveal): () => void {
  reveals.set(list, reveal);
  return () => {
    if (reveals.get(list) === reveal) reveals.delete(list);
  };
}

/** Scrolls `list` to `target` if it is a long column; returns the card's id, or null. */
export function revealInColumn(list: HTMLElement, target: RevealTarget): string | null {
  return reveals.get(list)?.(target) ?? null;
}

/** Scrolls the long column holding `cardId`, if one does, to it; returns whether one did. */
export function revealCard(cardId: string): boolean {
  for (const reveal of reveals.values()) if (reveal({ cardId }) !== null) return true;
  return false;
}
