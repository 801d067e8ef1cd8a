// The average lead time trend with WIP, worked by hand over a week and a bit.
import { describe, expect, it } from 'vitest';
import { computeFlow } from '../../../../src/analytics/index.ts';
import { leadTimeTrend } from '../../../../src/ui/views/flow/leadTrend';
import { board, t } from '../../analytics/helpers.ts';

// Mon 2 – Tue 10 March 2026 (UTC):
//   a: backlog Mon 2 09:00 → doing Tue 3 09:00 → done Wed 4 17:00   lead 2 d 8 h
//   b: backlog Mon 2 10:00 → doing Wed 4 09:00 → done Fri 6 15:00   lead 4 d 5 h
//   c: backlog Tue 3 09:00 → doing Thu 5 09:00 → done Mon 9 09:00   lead 6 d
//   d: doing Mon 9 10:00;  e: doing Tue 10 08:00 (both open)
// WIP at each day's end: Mon 0, Tue 1, Wed 1, Thu 2, Fri 1, Sat 1, Sun 1 | Mon 1, Tue 2.
const paths = {
  a: [
    ['backlog', '2026-03-02T09:00Z'],
    ['doing', '2026-03-03T09:00Z'],
    ['done', '2026-03-04T17:00Z'],
  ],
  b: [
    ['backlog', '2026-03-02T10:00Z'],
    ['doing', '2026-03-04T09:00Z'],
    ['done', '2026-03-06T15:00Z'],
  ],
  c: [
    ['backlog', '2026-03-03T09:00Z'],
    ['doing', '2026-03-05T09:00Z'],
    ['done', '2026-03-09T09:00Z'],
  ],
  d: [['doing', '2026-03-09T10:00Z']],
  e: [['doing', '2026-03-10T08:00Z']],
} satisfies Record<string, [string, string][]>;
const asOf = t('2026-03-10T18:00Z');

describe('average lead time trend with WIP', () => {
  it('averages the lead time of the cards done each week beside that week’s WIP', () => {
    const report = computeFlow(board(paths), { asOf, from: '2026-03-02', to: '2026-03-10' });
    const weeks = leadTimeTrend(report);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]).toMatchObject({ week: '2026-03-02', days: 7, done: 2, averageWip: 1, endWip: 1 });
    expect(weeks[0]!.averageLead).toBeCloseTo((2 + 8 / 24 + 4 + 5 / 24) / 2, 10);
    expect(weeks[1]).toEqual({
      week: '2026-03-09',
      days: 2,
      done: 1,
      averageLead: 6,
      averageWip: 1.5,
      endWip: 2,
    });
    expect(weeks.map((week) => week.done)).toEqual(report.throughput.weekly.map((week) => week.count));
  });

  it('has no average for a week in which nothing was done', () => {
    const report = computeFlow(board(paths), { asOf, from: '2026-03-09', to: '2026-03-15' });
    // Days after the report's instant hold the board as it is then: Mon 1, Tue to Sun 2.
    expect(leadTimeTrend(report)).toEqual([
      { week: '2026-03-09', days: 7, done: 1, averageLead: 6, averageWip: 13 / 7, endWip: 2 },
    ]);
    const quiet = computeFlow(board(paths), { asOf, from: '2026-03-10', to: '2026-03-10' });
    expect(leadTimeTrend(quiet)).toEqual([
      { week: '2026-03-09', days: 1, done: 0, averageLead: null, averageWip: 2, endWip: 2 },
    ]);
  });

  it('counts a card done on a Sunday in the week of the next working day, as the throughput does', () => {
    const sunday = {
      ...paths,
      s: [
        ['doing', '2026-03-06T09:00Z'],
        ['done', '2026-03-08T09:00Z'],
      ],
    } satisfies Record<string, [string, string][]>;
    const report = computeFlow(board(sunday), {
      asOf,
      from: '2026-03-02',
      to: '2026-03-10',
      working: { weekdays: [1, 2, 3, 4, 5] },
    });
    const weeks = leadTimeTrend(report);
    expect(weeks.map((week) => week.done)).toEqual([2, 2]);
    expect(weeks.map((week) => week.done)).toEqual(report.throughput.weekly.map((week) => week.count));
    const lead = (id: string) => report.cards.find((card) => card.id === id)!.lead!.days;
    expect(weeks[1]!.averageLead).toBeCloseTo((lead('c') + lead('s')) / 2, 10);
  });
});
