// @vitest-environment jsdom
// Which column list a dragged card is over: under the pointer for a hand, under the card's left edge for
// the keyboard, which puts a card at a list's left edge (also a collapsed column's narrow one). A hand
// counts only the part of a list the board shows: not what it scrolled away, under the sidebar.
import type { ClientRect, CollisionDetection, DroppableContainer } from '@dnd-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { boardCollision } from '../../../../src/ui/views/kanban/collision';
import { columnDropId } from '../../../../src/ui/views/kanban/preview';

type Input = Parameters<CollisionDetection>[0];
type Pointer = { x: number; y: number } | null;

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

// Three tall columns' lists; the middle one collapsed to a narrow strip with no cards.
const LISTS: Record<string, ClientRect> = {
  intake: rect(0, 100, 260, 700),
  check: rect(270, 40, 48, 760),
  shipped: rect(328, 100, 260, 700),
};
// A window 1000 px wide whose sidebar takes its first 240 px: the board shows x 240–1000, y 80–780 (its
// scroll bar below). The lists are those of a board scrolled to the right: the first one hidden under the
// sidebar, the second one partly.
const SIDEBAR_WIDTH = 240;
const BOARD = rect(SIDEBAR_WIDTH, 80, 1000 - SIDEBAR_WIDTH, 716);
const SCROLLED: Record<string, ClientRect> = {
  intake: rect(-80, 100, 260, 700),
  check: rect(190, 100, 260, 700),
  shipped: rect(460, 100, 260, 300),
};
const CARDS: Record<string, string[]> = { intake: [], check: [], shipped: [] };

/** A board (a box scrolling sideways) showing `box`, holding a list element per status. */
function board(box: ClientRect, statuses: string[]): Map<string, HTMLElement> {
  const element = document.createElement('div');
  element.style.overflowX = 'auto';
  element.getBoundingClientRect = () => ({ ...box, x: box.left, y: box.top, toJSON: () => box });
  // Its padding box: a 16 px scroll bar along the bottom.
  Object.defineProperty(element, 'clientWidth', { value: box.width });
  Object.defineProperty(element, 'clientHeight', { value: box.height - 16 });
  const lists = new Map<string, HTMLElement>();
  for (const status of statuses) {
    const list = document.createElement('ul');
    element.append(list);
    lists.set(status, list);
  }
  document.body.append(element);
  return lists;
}

function input(
  lists: Record<string, ClientRect>,
  box: ClientRect,
  card: ClientRect,
  pointer: Pointer,
): Input {
  const nodes = board(box, Object.keys(lists));
  const containers = Object.keys(lists).map(
    (status) =>
      ({
        id: columnDropId(status),
        disabled: false,
        data: { current: {} },
        node: { current: nodes.get(status)! },
      }) as DroppableContainer,
  );
  return {
    active: { id: 'moving' } as Input['active'],
    collisionRect: card,
    droppableRects: new Map(Object.entries(lists).map(([status, area]) => [columnDropId(status), area])),
    droppableContainers: containers,
    pointerCoordinates: pointer,
  };
}

const collide = boardCollision({
  columnIds: (status) => CARDS[status] ?? [],
  justChangedColumn: () => false,
});
// The lists above on a board wide enough to show them all.
const over = (card: ClientRect, pointer: Pointer) =>
  collide(input(LISTS, rect(0, 0, 1200, 900), card, pointer))[0]?.id;
// The lists of the board scrolled to the right, beside the sidebar.
const overScrolled = (card: ClientRect, pointer: Pointer) =>
  collide(input(SCROLLED, BOARD, card, pointer))[0]?.id;

describe('the column list a dragged card is over', () => {
  afterEach(() => document.body.replaceChildren());

  it('is, for the keyboard, the list holding the card left edge, however narrow', () => {
    // The card put on the collapsed column covers more of the column after it.
    expect(over(rect(270, 300, 260, 60), null)).toBe(columnDropId('check'));
    expect(over(rect(328, 100, 260, 60), null)).toBe(columnDropId('shipped'));
    expect(over(rect(0, 100, 260, 60), null)).toBe(columnDropId('intake'));
    // An edge between two lists (no list holds it): the list the card covers most.
    expect(over(rect(263, 300, 260, 60), null)).toBe(columnDropId('shipped'));
  });

  it('is, for a hand, the list under the pointer', () => {
    expect(over(rect(250, 300, 260, 60), { x: 400, y: 320 })).toBe(columnDropId('shipped'));
    expect(over(rect(200, 300, 260, 60), { x: 290, y: 320 })).toBe(columnDropId('check'));
  });

  it('is, for a hand, none when the pointer is over the sidebar of a board scrolled sideways', () => {
    // Over the list scrolled wholly under the sidebar; the card reaching into the list the board shows.
    expect(overScrolled(rect(70, 580, 260, 60), { x: 100, y: 600 })).toBeUndefined();
    // Over the part of a list the sidebar hides.
    expect(overScrolled(rect(200, 580, 260, 60), { x: 220, y: 600 })).toBeUndefined();
  });

  it('is, for a hand on a board scrolled sideways, the list it sees under the pointer or next to it', () => {
    expect(overScrolled(rect(230, 580, 260, 60), { x: 260, y: 600 })).toBe(columnDropId('check'));
    // Below a short list, the card over most of it: the list the card covers most.
    expect(overScrolled(rect(450, 380, 260, 60), { x: 470, y: 410 })).toBe(columnDropId('shipped'));
    // Over the board's scroll bar, which hides what is under it.
    expect(overScrolled(rect(250, 770, 260, 60), { x: 300, y: 790 })).toBeUndefined();
  });
});

describe('the place a hand takes within a column', () => {
  afterEach(() => document.body.replaceChildren());

  // The shipped column's cards, as drawn: a short one, a tall one, a short one (4 px gaps).
  const DRAWN: Record<string, ClientRect> = {
    a: rect(328, 100, 260, 40),
    b: rect(328, 144, 260, 120),
    c: rect(328, 268, 260, 40),
  };
  /** `over` for the card `moving` shown at `order` in the shipped column, its middle at `y`. */
  const placeAt = (order: string[], y: number) => {
    const collideIn = boardCollision({
      columnIds: (status) => (status === 'shipped' ? order : []),
      justChangedColumn: () => false,
    });
    const given = input(LISTS, rect(0, 0, 1200, 900), rect(328, y - 30, 260, 60), { x: 400, y });
    for (const [id, area] of Object.entries(DRAWN)) given.droppableRects.set(id, area);
    return collideIn(given)[0]?.id;
  };

  it('goes below a card once its middle has passed that card’s middle, coming from either side', () => {
    // Just entered below the tall card, pointing at its lower half: it stays below it.
    expect(placeAt(['a', 'b', 'moving', 'c'], 250)).toBe('moving');
    // Its upper half: above it, in its place.
    expect(placeAt(['a', 'b', 'moving', 'c'], 180)).toBe('b');
    // Coming down from the top: past the tall card's middle it takes the tall card's place, below it.
    expect(placeAt(['moving', 'a', 'b', 'c'], 210)).toBe('b');
    expect(placeAt(['moving', 'a', 'b', 'c'], 200)).toBe('a');
    // Above every card, or below every card.
    expect(placeAt(['a', 'b', 'moving', 'c'], 110)).toBe('a');
    expect(placeAt(['a', 'moving', 'b', 'c'], 400)).toBe('c');
  });

  it('takes, for a card the column does not show yet (MySpace), the place of the first card below it', () => {
    expect(placeAt(['a', 'b', 'c'], 180)).toBe('b');
    expect(placeAt(['a', 'b', 'c'], 250)).toBe('c');
    // Below every card: the list, whose end it goes to.
    expect(placeAt(['a', 'b', 'c'], 400)).toBe(columnDropId('shipped'));
  });

  it('stands the nearest card in view in for a place beside cards a long column has not drawn', () => {
    // Lifted at the top of a long column and carried down to its cards 10–12 (drawn as a, b, c), the
    // cards between not drawn: above card a it goes next to a, not to undrawn card 9.
    const long = ['moving', ...Array.from({ length: 9 }, (_, i) => `x${i}`), 'a', 'b', 'c'];
    expect(placeAt(long, 110)).toBe('a');
    expect(placeAt(long, 250)).toBe('b');
    // Lifted at the bottom, carried up past them: below card c it stands beside c.
    const below = ['a', 'b', 'c', ...Array.from({ length: 9 }, (_, i) => `y${i}`), 'moving'];
    expect(placeAt(below, 400)).toBe('c');
  });

  it('is the column list when none of the column’s cards is a measured drop target', () => {
    const collideIn = boardCollision({
      columnIds: (status) => (status === 'shipped' ? ['x', 'moving'] : []),
      justChangedColumn: () => false,
    });
    const given = input(LISTS, rect(0, 0, 1200, 900), rect(328, 170, 260, 60), { x: 400, y: 200 });
    expect(collideIn(given)[0]?.id).toBe(columnDropId('shipped'));
  });
});
