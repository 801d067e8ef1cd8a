/**
 * Moving the focus between a board's cards with the arrow keys, as in a spreadsheet: up and down within a
 * column, left and right to the card beside it in the next column that shows cards, Home and End to a
 * column's first and last card. Only while no card is lifted: then the arrows are the keyboard drag's.
 *
 * It reads the board as drawn (the lists and their cards in the page), so it goes where the eye does,
 * filters and collapsed columns included. Each board says how it marks its lists and cards (a `CardGrid`):
 * the space board's columns and MySpace's sections and groups are read the same way. A list that draws
 * only the cards near its view (the space board's long columns) scrolls to a card it has not drawn first
 * (`reveal`), and the card is taken once it is drawn.
 */
import { focusSoon } from './byData';
import type { TabStops } from './tabStops';

/** A card of a long list not drawn yet: the list's first or last, or the one `step` places from `from`. */
export type RevealTarget =
  | { end: 'first' | 'last' }
  /** The card `step` places before (-1) or after (1) `from`. */
  | { from: string; step: -1 | 1 };

/** How a board marks its card lists and their cards in the page. */
export interface CardGrid {
  /** The attribute every card list of the board carries, valued with its key (a status or section id). */
  list: string;
  /** The attribute every card carries, valued with the card's key; a card is a child of its list. */
  card: string;
  /**
   * Scrolls a list that draws only the cards near its view to `target` and returns that card's key; null
   * when the list draws all its cards (or has no such card). Absent: every list draws all its cards.
   */
  reveal?: (list: HTMLElement, target: RevealTarget) => string | null;
}

/** Frames a long list may take to draw a card after it scrolled to it. */
const DRAW_FRAMES = 10;

const CARD_FOCUS_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

/** Whether `key` is one that moves the focus between cards while no card is lifted. */
export const isCardFocusKey = (key: string): boolean => CARD_FOCUS_KEYS.includes(key);

/**
 * The last move of the focus to a card of another list, from where; Left then Right (or the other way)
 * goes back to the card it came from, not to the one beside it by height, which may be another.
 */
let lastHop: { from: HTMLElement; to: HTMLElement } | null = null;

/**
 * Handles `event` if it is a card focus key pressed on a card of `board` (the card's own item,
 * not a control inside it) with no modifier: moves the focus and returns true. Anything else is left alone.
 */
export function moveCardFocus(event: KeyboardEvent, board: HTMLElement, grid: CardGrid): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  if (!isCardFocusKey(event.key)) return false;
  const card = event.target;
  if (!(card instanceof HTMLElement) || !card.hasAttribute(grid.card)) return false;
  const list = card.parentElement;
  if (list === null || !list.hasAttribute(grid.list) || !board.contains(list)) return false;
  // The column's own scrolling and the page's stay where they are: the focus move scrolls what it needs.
  event.preventDefault();
  const hop = lastHop;
  lastHop = null;
  switch (event.key) {
    case 'ArrowUp':
    case 'ArrowDown':
      toNeighbour(grid, card, list, event.key === 'ArrowUp' ? -1 : 1);
      break;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const next = nextList(grid, board, list, event.key === 'ArrowLeft' ? -1 : 1);
      // Straight back the way the last arrow came: to the card it came from, whatever the heights.
      const back = hop !== null && hop.to === card && hop.from.parentElement === next;
      const target = back ? hop.from : besideIn(grid, card, next);
      // At the board's edge nothing moved: the way back stays as it was.
      lastHop = target !== null ? { from: card, to: target } : hop;
      focusCard(target);
      return true;
    }
    case 'Home':
    case 'End':
      toEnd(grid, list, event.key === 'Home' ? 'first' : 'last');
      break;
  }
  return true;
}

/**
 * Makes the card of `target` (its item, or a control inside it), if it is in a list of `grid`, that list's
 * Tab stop: `tabStops` holds each list's stop, the card last focused there, by the lists' keys (see
 * `tabStopOf`).
 */
export function rememberTabStop(tabStops: TabStops, grid: CardGrid, target: EventTarget): void {
  if (!(target instanceof HTMLElement)) return;
  const card = target.closest(`[${grid.card}]`);
  const cardKey = card?.getAttribute(grid.card);
  const listKey = card?.parentElement?.getAttribute(grid.list);
  if (!cardKey || !listKey || tabStops.getState()[listKey] === cardKey) return;
  tabStops.setState({ [listKey]: cardKey });
}

function cardsOf(grid: CardGrid, list: HTMLElement): HTMLElement[] {
  return [...list.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.hasAttribute(grid.card),
  );
}

/**
 * The card drawn right before or after `card` in its list; null when there is none, or when a long list's
 * spacer (`aria-hidden`) comes first: it stands for cards the list has not drawn, the neighbour among them
 * (the list keeps a focused card drawn far from the ones in view).
 */
function sibling(
  grid: CardGrid,
  card: HTMLElement,
  way: 'previousElementSibling' | 'nextElementSibling',
): HTMLElement | null {
  for (let next = card[way]; next !== null; next = next[way]) {
    if (!(next instanceof HTMLElement) || next.getAttribute('aria-hidden') === 'true') return null;
    if (next.hasAttribute(grid.card)) return next;
  }
  return null;
}

/** The next list in `step`'s direction that shows at least one card; null at the board's edge. */
function nextList(grid: CardGrid, board: HTMLElement, from: HTMLElement, step: -1 | 1): HTMLElement | null {
  const lists = [...board.querySelectorAll<HTMLElement>(`[${grid.list}]`)];
  for (let i = lists.indexOf(from) + step; i >= 0 && i < lists.length; i += step) {
    if (cardsOf(grid, lists[i]!).length > 0) return lists[i]!;
  }
  return null;
}

/** The card of `list` whose middle is nearest to the height of `card`'s middle: the one beside it. */
function besideIn(grid: CardGrid, card: HTMLElement, list: HTMLElement | null): HTMLElement | null {
  if (list === null) return null;
  const middle = middleOf(card);
  let best: HTMLElement | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const candidate of cardsOf(grid, list)) {
    const d = Math.abs(middleOf(candidate) - middle);
    if (d < distance) [best, distance] = [candidate, d];
  }
  return best;
}

function middleOf(element: HTMLElement): number {
  const rect = element.getBoundingClientRect();
  return rect.top + rect.height / 2;
}

/**
 * Focuses the card above or below `card`. A long list draws a few cards beyond its view, but a card at
 * the edge of what it draws (the list scrolled by the wheel) has its neighbour undrawn: the list scrolls
 * to it first.
 */
function toNeighbour(grid: CardGrid, card: HTMLElement, list: HTMLElement, step: -1 | 1): void {
  const drawn = sibling(grid, card, step === -1 ? 'previousElementSibling' : 'nextElementSibling');
  if (drawn !== null) return focusCard(drawn);
  const key = grid.reveal?.(list, { from: card.getAttribute(grid.card)!, step }) ?? null;
  if (key !== null) focusWhenDrawn(grid, list, key);
}

/** Focuses the first or last card of `list`; a long list scrolls to it first and draws it a frame later. */
function toEnd(grid: CardGrid, list: HTMLElement, which: 'first' | 'last'): void {
  const key = grid.reveal?.(list, { end: which }) ?? null;
  if (key !== null) return focusWhenDrawn(grid, list, key);
  const cards = cardsOf(grid, list);
  focusCard((which === 'first' ? cards[0] : cards[cards.length - 1]) ?? null);
}

/** Focuses the card `key` of `list` once the list has drawn it, within a few frames of the scroll. */
function focusWhenDrawn(grid: CardGrid, list: HTMLElement, key: string): void {
  focusSoon(
    () => cardsOf(grid, list).find((card) => card.getAttribute(grid.card) === key) ?? null,
    DRAW_FRAMES,
  );
}

function focusCard(card: HTMLElement | null): void {
  if (card === null) return;
  card.focus({ preventScroll: true });
  // jsdom, in component tests, scrolls nothing and has no scrollIntoView.
  if (typeof card.scrollIntoView === 'function') card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
