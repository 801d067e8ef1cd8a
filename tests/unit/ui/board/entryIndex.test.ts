// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { entryIndex, LIST_STATUS_ATTRIBUTE } from '../../../../src/ui/views/kanban/entryIndex';

/** A column list drawing cards at the given tops (40 px high each), with their indexes in the column. */
function list(statusId: string, cards: Array<{ id: string; index: number; top: number }>) {
  const ul = document.createElement('ul');
  ul.setAttribute(LIST_STATUS_ATTRIBUTE, statusId);
  for (const card of cards) {
    const li = document.createElement('li');
    li.dataset.cardId = card.id;
    li.dataset.index = String(card.index);
    li.getBoundingClientRect = () => ({ top: card.top, height: 40 }) as DOMRect;
    ul.append(li);
  }
  document.body.append(ul);
}

describe('where a dragged card enters a column', () => {
  afterEach(() => document.body.replaceChildren());

  it('lands before the first drawn card whose middle is below the dragged card’s middle', () => {
    // A virtualized column drawing cards 10–12 of a longer list.
    list('s2', [
      { id: 'a', index: 10, top: 0 },
      { id: 'b', index: 11, top: 50 },
      { id: 'c', index: 12, top: 100 },
    ]);
    expect(entryIndex('s2', 'moving', 5, 99)).toBe(10);
    expect(entryIndex('s2', 'moving', 60, 99)).toBe(11);
    expect(entryIndex('s2', 'moving', 500, 99)).toBe(13);
  });

  it('goes to the bottom of a column that draws no card (collapsed) or is not drawn at all', () => {
    list('collapsed', []);
    expect(entryIndex('collapsed', 'moving', 5, 240)).toBe(240);
    expect(entryIndex('absent', 'moving', 5, 7)).toBe(7);
  });
});
