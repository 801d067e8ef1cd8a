/**
 * Where a dragged card lands when it enters another column. Only the column it is shown in has droppable
 * cards during a drag (see `KanbanBoard`), so on entering a column the drop target is the column's list,
 * and the place comes from the cards drawn there: the first card whose middle is below the dragged card's
 * middle (its top edge, when the keyboard moved it). Read from the DOM once per column change — a handful
 * of rectangles, not the whole board.
 */

/** The attribute a column's card list carries so a drag can find it by status id. */
export const LIST_STATUS_ATTRIBUTE = 'data-drop-status';

/**
 * The insertion index (counted without the dragged card) in `statusId`'s list for a card placed at `y`
 * (viewport px); `fallback` when the list is not drawn. Virtualized lists give each drawn card its index
 * in the column (`data-index`); plain lists draw every card, so order is the index. A list that draws no
 * card (a collapsed column) gives `fallback`: the card goes to the bottom, as the column says.
 */
export function entryIndex(statusId: string, cardId: string, y: number, fallback: number): number {
  const list = [...document.querySelectorAll(`[${LIST_STATUS_ATTRIBUTE}]`)].find(
    (candidate) => candidate.getAttribute(LIST_STATUS_ATTRIBUTE) === statusId,
  );
  if (!list) return fallback;
  let next = 0;
  let drawn = false;
  for (const item of list.querySelectorAll<HTMLElement>(':scope > [data-card-id]')) {
    if (item.dataset.cardId === cardId) continue;
    drawn = true;
    const index = item.dataset.index === undefined ? next : Number(item.dataset.index);
    const rect = item.getBoundingClientRect();
    if (rect.top + rect.height / 2 > y) return index;
    next = index + 1;
  }
  return drawn ? next : fallback;
}
