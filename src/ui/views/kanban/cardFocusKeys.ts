/**
 * Moving the focus between a board's cards with the arrow keys, as in a spreadsheet: up and down within a
 * column, left and right to the card beside it in the next column that shows cards, Home and End to a
 * column's first and last card. Only while no card is lifted: then the arrows are the keyboard drag's.
 *
 * It reads the board as drawn (the lists and their cards in the page), so it goes where the eye does,
 * filters and collapsed columns included. A long column draws only the cards near its view: for a card it
 * has not drawn (Home, End, or a neighbour past the drawn ones) its virtualizer scrolls there first
 * (`columnReveal.ts`), and the card is taken once it is drawn.
 */
import { byData, focusSoon } from '../../common/byData';
import type { CardDragShared } from './boardContext';
import { revealInColumn } from './columnReveal';
import { LIST_STATUS_ATTRIBUTE } from './entryIndex';

const LISTS = `ul[${LIST_STATUS_ATTRIBUTE}]`;
const CARDS = ':scope > [data-card-id]';
/** Frames a long column may take to draw a card after its virtualizer scrolled to it. */
const DRAW_FRAMES = 10;

const CARD_FOCUS_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

/** Whether `key` is one that moves the focus between cards while no card is lifted. */
export const isCardFocusKey = (key: string): boolean => CARD_FOCUS_KEYS.includes(key);

/**
 * Handles `event` if it is a card focus key pressed on a card of `board` (the card's own item,
 * not a control inside it) with no modifier: moves the focus and returns true. Anything else is left alone.
 */
export function moveCardFocus(event: KeyboardEvent, board: HTMLElement): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  if (!isCardFocusKey(event.key)) return false;
  const card = event.target;
  if (!(card instanceof HTMLElement) || !card.matches('[data-card-id]')) return false;
  const list = card.parentElement;
  if (list === null || !list.matches(LISTS) || !board.contains(list)) return false;
  // The column's own scrolling and the page's stay where they are: the focus move scrolls what it needs.
  event.preventDefault();
  switch (event.key) {
    case 'ArrowUp':
    case 'ArrowDown':
      toNeighbour(card, list, event.key === 'ArrowUp' ? -1 : 1);
      break;
    case 'ArrowLeft':
    case 'ArrowRight':
      focusCard(besideIn(card, nextList(board, list, event.key === 'ArrowLeft' ? -1 : 1)));
      break;
    case 'Home':
    case 'End':
      toEnd(list, event.key === 'Home' ? 'first' : 'last');
      break;
  }
  return true;
}

function cardsOf(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>(CARDS)];
}

/** The nearest card before or after `card` in its list, past the spacers of a long column. */
function sibling(
  card: HTMLElement,
  way: 'previousElementSibling' | 'nextElementSibling',
): HTMLElement | null {
  for (let next = card[way]; next !== null; next = next[way]) {
    if (next instanceof HTMLElement && next.matches('[data-card-id]')) return next;
  }
  return null;
}

/** The next list in `step`'s direction that shows at least one card; null at the board's edge. */
function nextList(board: HTMLElement, from: HTMLElement, step: -1 | 1): HTMLElement | null {
  const lists = [...board.querySelectorAll<HTMLElement>(LISTS)];
  for (let i = lists.indexOf(from) + step; i >= 0 && i < lists.length; i += step) {
    if (lists[i]!.querySelector(CARDS) !== null) return lists[i]!;
  }
  return null;
}

/** The card of `list` whose middle is nearest to the height of `card`'s middle: the one beside it. */
function besideIn(card: HTMLElement, list: HTMLElement | null): HTMLElement | null {
  if (list === null) return null;
  const middle = middleOf(card);
  let best: HTMLElement | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const candidate of cardsOf(list)) {
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
 * Focuses the card above or below `card`. A long column draws a few cards beyond its view, but a card at
 * the edge of what it draws (the column scrolled by the wheel) has its neighbour undrawn: the column's
 * virtualizer scrolls to it first.
 */
function toNeighbour(card: HTMLElement, list: HTMLElement, step: -1 | 1): void {
  const drawn = sibling(card, step === -1 ? 'previousElementSibling' : 'nextElementSibling');
  if (drawn !== null) return focusCard(drawn);
  const id = revealInColumn(list, { from: card.dataset.cardId!, step });
  if (id !== null) focusWhenDrawn(list, id);
}

/** Focuses the first or last card of `list`; a long column scrolls to it first and draws it a frame later. */
function toEnd(list: HTMLElement, which: 'first' | 'last'): void {
  const id = revealInColumn(list, { end: which });
  if (id !== null) return focusWhenDrawn(list, id);
  const cards = cardsOf(list);
  focusCard((which === 'first' ? cards[0] : cards[cards.length - 1]) ?? null);
}

/** Focuses the card `id` of `list` once the list has drawn it, within a few frames of the scroll. */
function focusWhenDrawn(list: HTMLElement, id: string): void {
  focusSoon(() => byData(list, 'cardId', id), DRAW_FRAMES);
}

function focusCard(card: HTMLElement | null): void {
  if (card === null) return;
  card.focus({ preventScroll: true });
  // jsdom, in component tests, scrolls nothing and has no scrollIntoView.
  if (typeof card.scrollIntoView === 'function') card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Makes `target`, if it is a card's item in a column, that column's Tab stop (see `tabStops`). */
export function rememberTabStop({ tabStops }: CardDragShared, target: EventTarget): void {
  if (!(target instanceof HTMLElement) || !target.matches('[data-card-id]')) return;
  const statusId = target.parentElement?.getAttribute(LIST_STATUS_ATTRIBUTE);
  const cardId = target.dataset.cardId;
  if (!statusId || !cardId || tabStops.getState()[statusId] === cardId) return;
  tabStops.setState({ [statusId]: cardId });
}
