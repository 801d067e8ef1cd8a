import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core';
import type { SpaceState } from '../../../state/index.ts';
import { sortKeyed } from '../../../domain/index.ts';
import { columnDropId, statusOfDragId } from './preview';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this card, press Space. While moving, use the arrow keys: up and down within a column, left ' +
    'and right to another column. Press Space again to drop, or Escape to cancel.',
};

/** What a column's grip is described by: dnd-kit's own instructions speak of cards. */
export const COLUMN_INSTRUCTIONS =
  'To move this column, press Space. While moving, use the left and right arrow keys. Press Space ' +
  'again to drop, or Escape to cancel.';

interface Place {
  column: string;
  /** 1-based. */
  position: number;
  of: number;
}

/**
 * Board announcements in people's words: the card's title, the column's name and 1-based positions, read
 * from the columns as shown (the store plus the drag preview). Over a card, the moving card takes that
 * card's place, which is where a drop puts it.
 */
export function boardAnnouncements(
  read: () => SpaceState,
  columnIds: (statusId: string) => readonly string[],
  columnOf: (id: string) => string | null,
  /** The column the dropped card was in just before the drop (`BoardDrag.columnBeforeDrop`). */
  columnBeforeDrop: () => string | null = () => null,
): Announcements {
  const title = (active: Active) => read().cards[String(active.id)]?.title ?? 'The card';
  const columnName = (statusId: string) => read().statuses[statusId]?.name ?? 'a column';

  const placeOf = (over: Over, activeId: string): Place | null => {
    const overId = String(over.id);
    const column = columnOf(overId);
    if (column === null) return null;
    const ids = columnIds(column);
    const has = ids.includes(activeId);
    // Over a column's empty space the card goes to the end; over a card it takes that card's place.
    const index = overId === columnDropId(column) ? (has ? ids.length - 1 : ids.length) : ids.indexOf(overId);
    if (index < 0) return null;
    return { column: columnName(column), position: index + 1, of: has ? ids.length : ids.length + 1 };
  };
  // dnd-kit reports the lifted card as over its own place right after the start; saying so would cut off
  // the "picked up" announcement, so that first report is skipped.
  let moved = false;
  // The column the lifted card was in, to tell a cancel that puts it back from one where a colleague
  // moved it meanwhile.
  let liftedFrom: string | null = null;
  /** For a moved column: the place among the columns that `overId` (a column's draggable) stands for. */
  const columnPlace = (overId: string | undefined): string | null => {
    const status = overId === undefined ? null : statusOfDragId(overId);
    if (status === null) return null;
    const order = sortKeyed(Object.values(read().statuses).filter((s) => !s.archived)).map((s) => s.id);
    return `position ${order.indexOf(status) + 1} of ${order.length}`;
  };
  const columnMessage = (activeId: string, overId: string | undefined, verb: string): string | undefined => {
    const place = columnPlace(overId);
    const name = columnName(statusOfDragId(activeId) ?? '');
    return place ? `Column ${name} ${verb} ${place}.` : undefined;
  };

  const where = (place: Place) => `position ${place.position} of ${place.of} in ${place.column}`;

  return {
    onDragStart({ active }) {
      moved = false;
      liftedFrom = read().cards[String(active.id)]?.pos.statusId ?? null;
      if (statusOfDragId(String(active.id)) !== null) {
        return columnMessage(String(active.id), String(active.id), 'picked up at');
      }
      const place = placeOf(active as unknown as Over, String(active.id));
      return place ? `Picked up ${title(active)} at ${where(place)}.` : `Picked up ${title(active)}.`;
    },
    onDragOver({ active, over }) {
      if (!moved && over?.id === active.id) return undefined;
      moved = true;
      if (statusOfDragId(String(active.id)) !== null) {
        return columnMessage(String(active.id), over ? String(over.id) : undefined, 'is over');
      }
      if (!over) return `${title(active)} is no longer over a column.`;
      const place = placeOf(over, String(active.id));
      return place ? `${title(active)} is over ${where(place)}.` : undefined;
    },
    onDragEnd({ active, over }) {
      if (statusOfDragId(String(active.id)) !== null) {
        return (
          // dnd-kit announces after the board's drop handler committed the move: the column is in place.
          (over ? columnMessage(String(active.id), String(active.id), 'was dropped at') : undefined) ??
          `Column ${columnName(statusOfDragId(String(active.id))!)} did not move.`
        );
      }
      if (!over) return `${title(active)} was dropped outside the board and did not move.`;
      // Archived by someone else while it was being moved: the drop moved nothing (see `useBoardDrag`).
      const card = read().cards[String(active.id)];
      if (card?.archived) return `${card.title} was archived meanwhile by someone else and did not move.`;
      if (!card) return `The card is no longer on the board and did not move.`;
      // dnd-kit announces after the board's drop handler committed the move: say where the card is now
      // (the card it was over has moved aside, so that card's place is no longer the card's).
      const place = placeOf(active as unknown as Over, String(active.id));
      const dropped = place
        ? `${title(active)} was dropped at ${where(place)}.`
        : `${title(active)} was dropped.`;
      // A colleague moved it while it was held: the drop wins, and says whose move it undid.
      const before = columnBeforeDrop();
      return before !== null && before !== liftedFrom && before !== card.pos.statusId
        ? `${dropped} Someone else had moved it to ${columnName(before)} meanwhile.`
        : dropped;
    },
    onDragCancel({ active }) {
      const status = statusOfDragId(String(active.id));
      if (status !== null) return `Moving column ${columnName(status)} was cancelled.`;
      const id = String(active.id);
      const card = read().cards[id];
      if (card?.archived) return `Moving ${card.title} was cancelled. Someone else archived it meanwhile.`;
      const now = card?.pos.statusId ?? null;
      const place = now === null ? null : placeOf({ id: id } as Over, id);
      if (now !== liftedFrom && place !== null) {
        return `Moving ${title(active)} was cancelled. Someone else moved it meanwhile: it is at ${where(place)}.`;
      }
      return `Moving ${title(active)} was cancelled. It is back where it was.`;
    },
  };
}
