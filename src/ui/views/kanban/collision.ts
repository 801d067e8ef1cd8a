import {
  closestCenter,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type Active,
  type ClientRect,
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
 * place within that column only (`placeByMiddles` for a hand, the closest card for the keyboard). An empty
 * column is itself the target. A moved column goes to the column place nearest it sideways. Looking only
 * at the few column lists first keeps a pointer move from testing every card on the board (each rectangle
 * test reads scroll offsets from the DOM). A pointer counts only what the board shows of a list: let go
 * outside the board, a card goes nowhere (the drag cancels).
 */
export function boardCollision({ columnIds, justChangedColumn }: CollisionInputs): CollisionDetection {
  const clips = new Clips();
  return (input) => {
    const containers = input.droppableContainers;
    if (statusOfDragId(String(input.active.id)) !== null) return closestPlace(input);
    if (justChangedColumn()) return [{ id: input.active.id }];
    const lists = {
      ...input,
      droppableContainers: containers.filter((c) => statusOfDropId(String(c.id)) !== null),
    };
    const list =
      input.pointerCoordinates === null
        ? listUnderLeftEdge(lists)
        : listUnderPointer(lists, input.pointerCoordinates, clips);
    if (list === null) return [];
    const column = columnIds(statusOfDropId(String(list))!);
    if (column.length === 0) return [{ id: list }];
    if (input.pointerCoordinates !== null) {
      const place = placeByMiddles(input, column);
      return [{ id: place ?? list }];
    }
    const ids = new Set(column);
    const closest = closestCenter({
      ...input,
      droppableContainers: containers.filter((c) => ids.has(String(c.id))),
    });
    return closest.length > 0 ? [closest[0]!] : [{ id: list }];
  };
}

/**
 * For a hand: the card whose place the dragged card takes in `column` (its ids in order), as dnd-kit's
 * sortable `over`. The dragged card goes below every other card whose middle its own middle has passed,
 * and above the rest: its middle on a card's lower half puts it below that card, on its upper half above,
 * whichever way the card came. dnd-kit's closest centre put a card that had just entered a column above
 * the card it was let go on the lower half of, as the card's own new place counted too. Only the cards
 * measured as drop targets count (a long column's drawn ones). A card the column does not hold yet (the
 * MySpace sections show none entering) takes the place of the first card below it. Null: the list itself.
 */
function placeByMiddles(input: Parameters<CollisionDetection>[0], column: readonly string[]): string | null {
  const activeId = String(input.active.id);
  const middle = input.collisionRect.top + input.collisionRect.height / 2;
  let lastAbove = -1;
  let firstBelow = -1;
  for (let index = 0; index < column.length; index++) {
    const id = column[index]!;
    if (id === activeId) continue;
    const rect = input.droppableRects.get(id);
    if (rect === undefined) continue;
    if (rect.top + rect.height / 2 < middle) lastAbove = index;
    else {
      firstBelow = index;
      break;
    }
  }
  const from = column.indexOf(activeId);
  if (from < 0) return firstBelow >= 0 ? column[firstBelow]! : null;
  if (lastAbove < 0 && firstBelow < 0) return null;
  // dnd-kit moves the dragged card to the index of `over`: just before the first card below it, or just
  // after the last card above it, counted with the dragged card taken out of its place.
  const to =
    firstBelow >= 0
      ? from < firstBelow
        ? firstBelow - 1
        : firstBelow
      : from < lastAbove
        ? lastAbove
        : lastAbove + 1;
  const over = column[to]!;
  if (over === activeId || input.droppableRects.has(over)) return over;
  // A long column keeps the lifted card drawn however far a drag scrolled it from the cards in view, with
  // none drawn between: the card next to its new place is no drop target, and the nearest one in view
  // stands in (dnd-kit takes an id it does not know for no target at all, and the drop for a cancel).
  return firstBelow >= 0 ? column[firstBelow]! : column[lastAbove]!;
}

/**
 * The card list under the pointer, or else the one the dragged card covers most — counting only what the
 * user sees of each list. dnd-kit's rectangles are whole lists, also where the board scrolled them out of
 * its box, under the sidebar: a card let go over the sidebar of a board scrolled sideways went into a
 * column hidden there. A pointer outside a list's visible area (the board's box) is over no list at all.
 */
function listUnderPointer(
  input: Parameters<CollisionDetection>[0],
  pointer: Coordinates,
  clips: Clips,
): UniqueIdentifier | null {
  clips.startMove(input.active);
  const droppableRects = new Map<UniqueIdentifier, ClientRect>();
  for (const container of input.droppableContainers) {
    const rect = input.droppableRects.get(container.id);
    const shown = rect && clips.visiblePart(container.node.current, rect, pointer);
    if (shown) droppableRects.set(container.id, shown);
  }
  const visible = { ...input, droppableRects };
  const under = pointerWithin(visible);
  return getFirstCollision(under.length > 0 ? under : rectIntersection(visible), 'id');
}

/** Overflow values that cut off an element's content at its padding box. */
const CLIPPING = /auto|scroll|overlay|hidden|clip/;

type Coordinates = NonNullable<Parameters<CollisionDetection>[0]['pointerCoordinates']>;

/**
 * What the boxes around a list (the board, the page's main area) leave visible of it. Which elements clip
 * a list is looked up once a drag (one `getComputedStyle` per ancestor), their boxes once a pointer move.
 */
class Clips {
  private active: Active | null = null;
  private clippers = new WeakMap<Element, readonly Element[]>();
  private boxes = new Map<Element, ClientRect>();

  /** Forgets the boxes of the last move, and the clipping elements of the last drag. */
  startMove(active: Active): void {
    this.boxes.clear();
    if (active === this.active) return;
    this.active = active;
    this.clippers = new WeakMap();
  }

  /** The part of `rect` that `node`'s clipping ancestors show, or null if none or not under `pointer`. */
  visiblePart(node: Element | null, rect: ClientRect, pointer: Coordinates): ClientRect | null {
    let { left, top, right, bottom } = rect;
    for (const clipper of node === null ? [] : this.clippersOf(node)) {
      const box = this.boxOf(clipper);
      if (pointer.x < box.left || pointer.x >= box.right || pointer.y < box.top || pointer.y >= box.bottom) {
        return null;
      }
      left = Math.max(left, box.left);
      top = Math.max(top, box.top);
      right = Math.min(right, box.right);
      bottom = Math.min(bottom, box.bottom);
    }
    if (right <= left || bottom <= top) return null;
    return { left, top, right, bottom, width: right - left, height: bottom - top };
  }

  /** The ancestors that clip `node`, below the page itself (the viewport holds the pointer anyway). */
  private clippersOf(node: Element): readonly Element[] {
    const found = this.clippers.get(node);
    if (found !== undefined) return found;
    const clipping: Element[] = [];
    const view = node.ownerDocument.defaultView;
    for (let at = node.parentElement; at !== null && at !== node.ownerDocument.body; at = at.parentElement) {
      const style = view?.getComputedStyle(at);
      if (style && CLIPPING.test(`${style.overflowX} ${style.overflowY}`)) clipping.push(at);
    }
    this.clippers.set(node, clipping);
    return clipping;
  }

  /** An element's padding box, where its content shows: inside its borders, beside its scroll bars. */
  private boxOf(element: Element): ClientRect {
    let box = this.boxes.get(element);
    if (box === undefined) {
      const outer = element.getBoundingClientRect();
      const left = outer.left + element.clientLeft;
      const top = outer.top + element.clientTop;
      const { clientWidth: width, clientHeight: height } = element;
      box = { left, top, width, height, right: left + width, bottom: top + height };
      this.boxes.set(element, box);
    }
    return box;
  }
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
