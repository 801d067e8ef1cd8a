// Which column list a dragged card is over: under the pointer for a hand, under the card's left edge for
// the keyboard, which puts a card at a list's left edge (also a collapsed column's narrow one).
import type { ClientRect, CollisionDetection, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { boardCollision } from '../../../../src/ui/views/kanban/collision';
import { columnDropId } from '../../../../src/ui/views/kanban/preview';

type Input = Parameters<CollisionDetection>[0];

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

// Three tall columns' lists; the middle one collapsed to a narrow strip with no cards.
const LISTS: Record<string, ClientRect> = {
  intake: rect(0, 100, 260, 700),
  check: rect(270, 40, 48, 760),
  shipped: rect(328, 100, 260, 700),
};
const CARDS: Record<string, string[]> = { intake: [], check: [], shipped: [] };

function input(card: ClientRect, pointer: { x: number; y: number } | null): Input {
  const containers = Object.keys(LISTS).map(
    (status) => ({ id: columnDropId(status), disabled: false, data: { current: {} } }) as DroppableContainer,
  );
  return {
    active: { id: 'moving' } as Input['active'],
    collisionRect: card,
    droppableRects: new Map(Object.entries(LISTS).map(([status, box]) => [columnDropId(status), box])),
    droppableContainers: containers,
    pointerCoordinates: pointer,
  };
}

const collide = boardCollision({
  columnIds: (status) => CARDS[status] ?? [],
  justChangedColumn: () => false,
});
const over = (card: ClientRect, pointer: { x: number; y: number } | null) =>
  collide(input(card, pointer))[0]?.id;

describe('the column list a dragged card is over', () => {
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
});
