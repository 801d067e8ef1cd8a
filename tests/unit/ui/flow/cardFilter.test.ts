// The Time Chart of a filter: which cards it picks, and that the library is fed only their history.
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../../src/domain/index.ts';
import {
  cardMatches,
  filterSpace,
  NO_FILTER,
  withKnownLabels,
} from '../../../../src/ui/views/flow/cardFilter';
import { card } from '../board/fixtures.ts';

const pump = card('c1', 'Replace pump seal', 'todo', 'a0', {
  labels: ['warranty'],
  responsible: 'u1',
  notes: 'Customer in Utrecht',
});
const refund = card('c2', 'Refund order 1042', 'todo', 'a1', { labels: ['rma'], responsible: 'u2' });
const drill = card('c3', 'Inspect returned drill', 'todo', 'a2');

describe('the card filter', () => {
  it('picks every card when empty', () => {
    for (const each of [pump, refund, drill]) expect(cardMatches(each, NO_FILTER)).toBe(true);
  });

  it('picks cards with any of the labels, of the responsible person, and with every word', () => {
    const pick = (filter: Partial<typeof NO_FILTER>) =>
      [pump, refund, drill].filter((each) => cardMatches(each, { ...NO_FILTER, ...filter })).map((c) => c.id);
    expect(pick({ labels: ['warranty', 'rma'] })).toEqual(['c1', 'c2']);
    expect(pick({ responsible: 'u2' })).toEqual(['c2']);
    expect(pick({ text: '  PUMP utrecht ' })).toEqual(['c1']);
    expect(pick({ text: 'pump refund' })).toEqual([]);
    expect(pick({ labels: ['warranty'], responsible: 'u2' })).toEqual([]);
  });

  it('keeps the history of the picked cards only', () => {
    const history: HistoryEvent[] = [pump, refund, drill].map((each, i) => ({
      id: `1:${i}`,
      card: each.id,
      type: 'created',
      at: i,
      by: 'u1',
      title: each.title,
      statusId: 'todo',
    }));
    const picked = filterSpace([pump, refund, drill], history, { ...NO_FILTER, responsible: 'u1' });
    expect(picked.cards.map((c) => c.id)).toEqual(['c1']);
    expect(picked.history.map((event) => event.card)).toEqual(['c1']);
    // No filter: the very same lists, not copies of a long history.
    const all = filterSpace([pump], history, NO_FILTER);
    expect(all.history).toBe(history);
  });

  it('leaves out labels the space does not have, and says so', () => {
    expect(withKnownLabels({ ...NO_FILTER, labels: ['warranty', 'gone'] }, { warranty: {} })).toEqual({
      filter: { ...NO_FILTER, labels: ['warranty'] },
      problems: ['The label "gone" is not in this space and is left out of the filter.'],
    });
  });
});
