import { describe, expect, it } from 'vitest';
import { computeFlow, flowInputFromSpace } from '../../../src/analytics/index.ts';
import type { HistoryEvent } from '../../../src/domain/records/historyEvent.ts';
import { t } from './helpers.ts';

describe('flowInputFromSpace', () => {
  const statuses = [
    { id: 'done', role: 'completed' as const, key: 'a2' },
    { id: 'todo', role: 'not_started' as const, key: 'a0' },
    { id: 'work', role: 'in_progress' as const, key: 'a1' },
  ];
  const pos = (statusId: string) => ({ statusId, key: 'a0' });
  const history: HistoryEvent[] = [
    {
      id: '1:0',
      card: 'a',
      type: 'created',
      at: t('2026-03-02T09:00Z'),
      by: 'u',
      title: 'A',
      statusId: 'todo',
    },
    { id: '1:1', card: 'a', type: 'titled', at: t('2026-03-02T10:00Z'), by: 'u', title: 'A2' },
    { id: '1:2', card: 'a', type: 'moved', at: t('2026-03-03T09:00Z'), by: 'u', toStatusId: 'work' },
    { id: '1:3', card: 'a', type: 'moved', at: t('2026-03-04T09:00Z'), by: 'u', toStatusId: 'done' },
    { id: '1:4', card: 'a', type: 'archived', at: t('2026-03-05T09:00Z'), by: 'u', archived: true },
  ];
  const input = flowInputFromSpace({
    cards: [
      { id: 'a', createdAt: t('2026-03-02T09:00Z'), archived: true, pos: pos('done') },
      { id: 'old', createdAt: t('2026-03-01T09:00Z'), archived: false, pos: pos('work') },
    ],
    statuses,
    history,
  });

  it('takes created and moved events as status changes and orders statuses by key', () => {
    expect(input.statusOrder).toEqual(['todo', 'work', 'done']);
    expect(input.statuses).toEqual({ todo: 'not_started', work: 'in_progress', done: 'completed' });
    expect(input.changes.filter((c) => c.cardId === 'a').map((c) => c.toStatusId)).toEqual([
      'todo',
      'work',
      'done',
    ]);
  });

  it('starts a card without a created event in its current status at its creation', () => {
    expect(input.changes.filter((c) => c.cardId === 'old')).toEqual([
      { cardId: 'old', at: t('2026-03-01T09:00Z'), toStatusId: 'work' },
    ]);
    const report = computeFlow(input, { asOf: t('2026-03-06T09:00Z') });
    expect(report.cards.map((c) => [c.id, c.lead?.days ?? null])).toEqual([
      ['a', 2],
      ['old', null],
    ]);
  });
});
