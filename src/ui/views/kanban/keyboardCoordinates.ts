import {
  KeyboardCode,
  type ClientRect,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { columnDropId, statusOfDragId, statusOfDropId } from './preview';

type SensorContext = Parameters<KeyboardCoordinateGetter>[1]['context'];
type Containers = SensorContext['droppableContainers'];

/**
 * Where an arrow key takes what is lifted on a board, given where the board shows a card now (`columnOf`,
 * the drag's own answer, which knows the column a drag has already brought the card into).
 *
 * - **Left and Right** go to the neighbouring column in board order, by the order of the columns' measured
 *   places, never by distance: with columns of different heights, or a card list inset from its column's
 *   edge, the closest rectangle to one side was at times the column after next, the lifted column's own
 *   place, or a card below in the same column (Right then moved a card down).
 *   A card lands at the top of the neighbour's card list; a column takes the neighbour's place at the
 *   height it is held at.
 * - **Up and Down** move a card within its column: dnd-kit's sortable coordinates among the column's cards.
 *   A column does not move up or down.
 */
export function boardKeyboardCoordinates(columnOf: (id: string) => string | null): KeyboardCoordinateGetter {
  return (event, args) => {
    const { context } = args;
    const { collisionRect, droppableRects, droppableContainers, over } = context;
    const active = String(args.active);
    const movingColumn = statusOfDragId(active) !== null;
    const sideways = event.code === KeyboardCode.Left || event.code === KeyboardCode.Right;
    if (!sideways && !(event.code === KeyboardCode.Up || event.code === KeyboardCode.Down)) return undefined;
    event.preventDefault();
    if (context.active === null || collisionRect === null) return undefined;
    if (!sideways) {
      if (movingColumn) return undefined;
      // dnd-kit's getter reads the enabled targets and looks targets up by id; nothing else.
      const cards = {
        getEnabled: () => droppableContainers.getEnabled().filter((container) => isCard(container.id)),
        get: (id: UniqueIdentifier) => droppableContainers.get(id),
      } as unknown as Containers;
      return sortableKeyboardCoordinates(event, {
        ...args,
        context: { ...context, droppableContainers: cards },
      });
    }
    // The places to go to, left to right: the columns' own places for a column, their card lists for a card.
    const places = droppableContainers
      .getEnabled()
      .map((container) => ({ id: String(container.id), rect: droppableRects.get(container.id) }))
      .filter(
        (place): place is { id: string; rect: ClientRect } =>
          place.rect !== undefined &&
          (movingColumn ? statusOfDragId(place.id) !== null : statusOfDropId(place.id) !== null),
      )
      .sort((a, b) => a.rect.left - b.rect.left);
    const here = movingColumn ? String(over?.id ?? active) : columnDropId(columnOf(active) ?? '');
    const at = places.findIndex((place) => place.id === here);
    if (at < 0) return undefined;
    const next = places[at + (event.code === KeyboardCode.Right ? 1 : -1)];
    if (next === undefined) return undefined;
    return movingColumn
      ? { x: next.rect.left, y: collisionRect.top }
      : { x: next.rect.left, y: next.rect.top };
  };
}

/** A card's draggable id: neither a column's card list nor a column's own place. */
function isCard(id: UniqueIdentifier): boolean {
  return statusOfDropId(String(id)) === null && statusOfDragId(String(id)) === null;
}
