import {
  closestCenter,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
} from '@dnd-kit/core';
import { statusOfDragId, statusOfDropId } from './preview';

/**
 * Collision detection for columns of cards (after dnd-kit's multiple-containers example): the column
 * under the pointer — or under the dragged card, for the keyboard — and within it the closest card; an
 * empty column is itself the target. A moved column goes to the closest column place.
 */
export function boardCollision(columnIds: (statusId: string) => readonly string[]): CollisionDetection {
  return (input) => {
    // A column being moved only ever lands among the columns; a card never lands on a column's own
    // draggable (which wraps the whole column), only on the column's list or its cards.
    const movingColumn = statusOfDragId(String(input.active.id)) !== null;
    const args = {
      ...input,
      droppableContainers: input.droppableContainers.filter(
        (container) => (statusOfDragId(String(container.id)) !== null) === movingColumn,
      ),
    };
    if (movingColumn) return closestCenter(args);
    const pointer = pointerWithin(args);
    const hits = pointer.length > 0 ? pointer : rectIntersection(args);
    const first = getFirstCollision(hits, 'id');
    if (first === null) return [];
    const status = statusOfDropId(String(first));
    if (status === null) return [{ id: first }];
    const ids = columnIds(status);
    if (ids.length === 0) return [{ id: first }];
    const closest = closestCenter({
      ...args,
      droppableContainers: args.droppableContainers.filter((container) => ids.includes(String(container.id))),
    });
    return closest.length > 0 ? [closest[0]!] : [{ id: first }];
  };
}
