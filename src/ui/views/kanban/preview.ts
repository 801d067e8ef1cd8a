/**
 * Where a dragged card is shown while the drag lasts. The board's columns come from the store; a drag only
 * overrides the place of the one card it moves, and only changes when the card enters another column —
 * moves within a column are transforms dnd-kit applies without any React state.
 */
export interface DragPreview {
  cardId: string;
  statusId: string;
  /** Insertion index in the target column, counted without the card. */
  index: number;
}

/** A column's card ids as shown during a drag. Returns `ids` itself when the preview does not touch it. */
export function applyPreview(
  ids: readonly string[],
  statusId: string,
  preview: DragPreview | null,
): readonly string[] {
  if (!preview) return ids;
  const has = ids.includes(preview.cardId);
  if (preview.statusId !== statusId) return has ? ids.filter((id) => id !== preview.cardId) : ids;
  if (has) return ids;
  const next = [...ids];
  next.splice(Math.min(preview.index, next.length), 0, preview.cardId);
  return next;
}

const COLUMN_PREFIX = 'column:';
const STATUS_PREFIX = 'status:';

/** The droppable id of a column (card ids never contain a colon, so the two never clash). */
export function columnDropId(statusId: string): string {
  return COLUMN_PREFIX + statusId;
}

/** The status id of a column droppable id, or null for a card's id. */
export function statusOfDropId(id: string): string | null {
  return id.startsWith(COLUMN_PREFIX) ? id.slice(COLUMN_PREFIX.length) : null;
}

/** The draggable id of a column itself (moving the status), distinct from its card drop target. */
export function statusDragId(statusId: string): string {
  return STATUS_PREFIX + statusId;
}

/** The status id of a column's draggable id, or null for anything else. */
export function statusOfDragId(id: string): string | null {
  return id.startsWith(STATUS_PREFIX) ? id.slice(STATUS_PREFIX.length) : null;
}

/**
 * The neighbours a drop names for `moveCard`: the card lands after `afterId`, or before `beforeId` at the
 * top of a column. One neighbour is enough, and naming one keeps a drop valid when a colleague moved the
 * other neighbour meanwhile.
 */
export function dropNeighbours(
  finalIds: readonly string[],
  cardId: string,
): { afterId?: string; beforeId?: string } {
  const index = finalIds.indexOf(cardId);
  const after = finalIds[index - 1];
  if (after !== undefined) return { afterId: after };
  const before = finalIds[index + 1];
  return before !== undefined ? { beforeId: before } : {};
}
