import { describe, expect, it } from 'vitest';
import {
  applyPreview,
  columnDropId,
  dropNeighbours,
  statusOfDropId,
} from '../../../../src/ui/views/kanban/preview';

describe('drag preview', () => {
  const todo = ['a', 'b', 'c'];

  it('leaves columns the drag does not touch as they are (same array)', () => {
    expect(applyPreview(todo, 's1', null)).toBe(todo);
    expect(applyPreview(todo, 's1', { cardId: 'x', statusId: 's2', index: 0 })).toBe(todo);
  });

  it('takes the card out of the column it leaves and puts it into the one it enters', () => {
    const preview = { cardId: 'b', statusId: 's2', index: 1 };
    expect(applyPreview(todo, 's1', preview)).toEqual(['a', 'c']);
    expect(applyPreview(['x', 'y'], 's2', preview)).toEqual(['x', 'b', 'y']);
    expect(applyPreview([], 's2', { cardId: 'b', statusId: 's2', index: 5 })).toEqual(['b']);
  });

  it('names one neighbour for the drop', () => {
    expect(dropNeighbours(['a', 'b', 'c'], 'b')).toEqual({ afterId: 'a' });
    expect(dropNeighbours(['a', 'b', 'c'], 'a')).toEqual({ beforeId: 'b' });
    expect(dropNeighbours(['a'], 'a')).toEqual({});
  });

  it('tells column drop targets from cards', () => {
    expect(statusOfDropId(columnDropId('s1'))).toBe('s1');
    expect(statusOfDropId('card_1')).toBeNull();
  });
});
