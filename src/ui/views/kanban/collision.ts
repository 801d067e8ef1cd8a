import {
  closestCenter,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type Collision,
  type CollisionDetection,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { statusOfDragId, statusOfDropId } from './preview';

export interface CollisionInputs {
  /** A column's card ids as shown now (store + drag preview). */
  columnIds: (statusId: string) => readonly string[];
  /**
   * True from the moment the dragged card was shown in another column until the next frame. The board
   * has not been measured with the card in its new column yet, so the card stays where it is for that
   * frame; otherwise stale rectangles can send it straight back, and back again, in one long cascade.
   */
  justChangedColumn: () => boolean;
}

/**
 * Collision detection for columns of cards (after dnd-kit's multiple-containers example), in two cheap
 * steps: the column list under the pointer — or under the dragged card, for the keyboard — and then the
 * closest card within that column only. An empty column is itself the target. A moved column goes to the
 * column place nearest it sideways. Looking only at the few column lists first keeps a pointer move from testing every
 * card on the board (each rectangle test reads scroll offsets from the DOM).
 */
export function boardCollision({ columnIds, justChangedColumn }: CollisionInputs): CollisionDetection {
  return (input) => {
    const containers = input.droppableContainers;
    if (statusOfDragId(String(input.active.id)) !== null) return closestPlace(input);
    if (justChangedColumn()) return [{ id: input.active.id }];
    const lists = {
      ...input,
      droppableContainers: containers.filter((c) => statusOfDropId(String(c.id)) !== null),
    };
    const list = input.pointerCoordinates === null ? listUnderLeftEdge(lists) : listUnderPointer(lists);
    if (list === null) return [];
    const ids = new Set(columnIds(statusOfDropId(String(list))!));
    if (ids.size === 0) return [{ id: list }];
    const closest = closestCenter({
      ...input,
      droppableContainers: containers.filter((c) => ids.has(String(c.id))),
    });
    return closest.length > 0 ? [closest[0]!] : [{ id: list }];
  };
}

/** The card list under the pointer, or else the one the dragged card covers most. */
function listUnderPointer(input: Parameters<CollisionDetection>[0]): UniqueIdentifier | null {
  const pointer = pointerWithin(input);
  return getFirstCollision(pointer.length > 0 ? pointer : rectIntersection(input), 'id');
}

/**
 * For the keyboard (no pointer): the card list whose width holds the dragged card's left edge, where the
 * keyboard puts a card (`keyboardCoordinates.ts`). Not the list the card covers most: put on a collapsed
 * column's narrow list, a card covers more of the wider list beside it. A card whose edge no list holds
 * (between two) goes to the list it covers most.
 */
function listUnderLeftEdge(input: Parameters<CollisionDetection>[0]): UniqueIdentifier | null {
  const left = input.collisionRect.left + EDGE_PX;
  for (const container of input.droppableContainers) {
    const rect = input.droppableRects.get(container.id);
    if (rect && rect.left <= left && left < rect.right) return container.id;
  }
  return getFirstCollision(rectIntersection(input), 'id');
}

/** How far inside a list the keyboard's card edge is looked for: off its rounding, inside a 48 px list. */
const EDGE_PX = 4;

/**
 * The column place whose middle is nearest the moved column's, measured sideways only: columns differ in
 * height (a short one's centre sits high), so by plain distance a held column went past a tall neighbour
 * to the short column beyond it.
 */
const closestPlace: CollisionDetection = ({ collisionRect, droppableContainers, droppableRects }) => {
  const middle = collisionRect.left + collisionRect.width / 2;
  let best: Collision | null = null;
  let bestDistance = Infinity;
  for (const container of droppableContainers) {
    if (statusOfDragId(String(container.id)) === null) continue;
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const distance = Math.abs(rect.left + rect.width / 2 - middle);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { id: container.id, data: { droppableContainer: container, value: distance } };
    }
  }
  return best === null ? [] : [best];
};
