// The aging WIP points: the open started cards at their In progress status, by the report's ages, each
// marked with the cycle-time percentile it has passed.
import { describe, expect, it } from 'vitest';
import { computeFlow } from '../../../../src/analytics/index.ts';
import { agingWip } from '../../../../src/ui/views/flow/agingWip';
import { board, t } from '../../analytics/helpers.ts';

const STATUSES = {
  info: { id: 'info', name: 'Info', role: 'information' },
  backlog: { id: 'backlog', name: 'Backlog', role: 'not_started' },
  doing: { id: 'doing', name: 'Doing', role: 'in_progress' },
  review: { id: 'review', name: 'Review', role: 'in_progress' },
  done: { id: 'done', name: 'Done', role: 'completed' },
  shipped: { id: 'shipped', name: 'Shipped', role: 'completed' },
  cancelled: { id: 'cancelled', name: 'Cancelled', role: 'cancelled' },
};

// Cycle times 1, 2 and 4 days: the 50th percentile is 2 days, the 70th to 95th are 4 days.
const report = computeFlow(
  board({
    d1: [
      ['backlog', '2026-03-01T08:00Z'],
      ['doing', '2026-03-01T12:00Z'],
      ['done', '2026-03-02T12:00Z'],
    ],
    d2: [
      ['doing', '2026-03-01T12:00Z'],
      ['done', '2026-03-03T12:00Z'],
    ],
    d3: [
      ['doing', '2026-03-01T12:00Z'],
      ['done', '2026-03-05T12:00Z'],
    ],
    a: [
      ['backlog', '2026-03-01T09:00Z'],
      ['doing', '2026-03-02T12:00Z'],
    ],
    b: [
      ['doing', '2026-03-05T12:00Z'],
      ['review', '2026-03-06T09:00Z'],
    ],
    c: [['doing', '2026-03-06T00:00Z']],
    // Not started, moved back to Not started, and cancelled: none of them is aging.
    e: [['backlog', '2026-03-02T09:00Z']],
    f: [
      ['doing', '2026-03-02T09:00Z'],
      ['backlog', '2026-03-03T09:00Z'],
    ],
    g: [
      ['doing', '2026-03-02T09:00Z'],
      ['cancelled', '2026-03-03T09:00Z'],
    ],
  }),
  { asOf: t('2026-03-06T12:00Z') },
);

describe('aging WIP', () => {
  const { columns, points } = agingWip(report, STATUSES, (id) => `Card ${id}`);

  it('has a column per In progress status, in board order', () => {
    expect(columns).toEqual([
      { statusId: 'doing', name: 'Doing' },
      { statusId: 'review', name: 'Review' },
    ]);
  });

  it('places each open started card at its status by its age, oldest first in a column', () => {
    expect(
      points.map(({ cardId, title, statusId, x, days, wholeDays, beyond }) => ({
        cardId,
        title,
        statusId,
        x,
        days,
        wholeDays,
        beyond,
      })),
    ).toEqual([
      { cardId: 'a', title: 'Card a', statusId: 'doing', x: -0.3, days: 4, wholeDays: 5, beyond: 50 },
      { cardId: 'c', title: 'Card c', statusId: 'doing', x: 0.3, days: 0.5, wholeDays: 1, beyond: null },
      { cardId: 'b', title: 'Card b', statusId: 'review', x: 1, days: 1, wholeDays: 2, beyond: null },
    ]);
    expect(points.map((point) => point.started)).toEqual([
      t('2026-03-02T12:00Z'),
      t('2026-03-06T00:00Z'),
      t('2026-03-05T12:00Z'),
    ]);
  });

  it("uses the report's ages, so the points agree with the library", () => {
    for (const point of points) {
      expect(point.days).toBe(report.cards.find((card) => card.id === point.cardId)!.age!.days);
    }
    expect(points).toHaveLength(report.age.count);
  });

  it('keeps x ascending, as the chart library needs', () => {
    const xs = points.map((point) => point.x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
  });

  it('leaves out an archived In progress status unless a card sits in it', () => {
    const archivedReview = { ...STATUSES, review: { ...STATUSES.review, archived: true } };
    expect(agingWip(report, archivedReview, String).columns.map((c) => c.statusId)).toEqual([
      'doing',
      'review',
    ]);
    const empty = computeFlow(board({ x: [['backlog', '2026-03-01T08:00Z']] }), {
      asOf: t('2026-03-02T00:00Z'),
    });
    expect(agingWip(empty, archivedReview, String)).toEqual({
      columns: [{ statusId: 'doing', name: 'Doing' }],
      points: [],
    });
  });
});
