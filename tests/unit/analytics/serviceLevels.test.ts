import { describe, expect, it } from 'vitest';
import {
  cardsAtRisk,
  computeFlow,
  serviceTimes,
  slaAttainment,
  slaDueDates,
} from '../../../src/analytics/index.ts';
import { board, t } from './helpers.ts';

// Two weeks of March 2026 (UTC), as of Thu 12 March 12:00:
//   a  doing Tue 3 09:00 → done Wed 4 17:00   SLA Wed 4 end of day   met       cycle 1.333 d
//   b  doing Wed 4 09:00 → done Fri 6 15:00   SLA Thu 5 end of day   missed    cycle 2.25 d
//   c  doing Mon 9 09:00 → done Tue 10 12:00  SLA Tue 10 12:00       met (on the instant)  cycle 1.125 d
//   d  doing Tue 10 12:00 → done Wed 11 12:00  no SLA                apart     cycle 1 d
//   e  doing Tue 3 09:00, open                no SLA                age 9.125 d > P85 cycle 2.25 d
//   f  backlog since Wed 11, not started      SLA Fri 13 06:00       due in 0.75 d: near
//   g  doing Wed 11 09:00, open               SLA Wed 11 end of day  passed 0.5 d ago
//   h  cancelled                              SLA long passed        not reported
const END = 86_400_000 - 1;
const day = (date: string) => t(`${date}T00:00Z`);
const report = computeFlow(
  board({
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
      ['backlog', '2026-03-02T11:00Z'],
      ['doing', '2026-03-09T09:00Z'],
      ['done', '2026-03-10T12:00Z'],
    ],
    d: [
      ['backlog', '2026-03-09T10:00Z'],
      ['doing', '2026-03-10T12:00Z'],
      ['done', '2026-03-11T12:00Z'],
    ],
    e: [
      ['backlog', '2026-03-02T12:00Z'],
      ['doing', '2026-03-03T09:00Z'],
    ],
    f: [['backlog', '2026-03-11T08:00Z']],
    g: [
      ['backlog', '2026-03-11T08:00Z'],
      ['doing', '2026-03-11T09:00Z'],
    ],
    h: [
      ['backlog', '2026-03-02T08:00Z'],
      ['cancelled', '2026-03-03T08:00Z'],
    ],
  }),
  { asOf: t('2026-03-12T12:00Z') },
);
const sla = new Map([
  ['a', day('2026-03-04') + END],
  ['b', day('2026-03-05') + END],
  ['c', t('2026-03-10T12:00Z')],
  ['f', t('2026-03-13T06:00Z')],
  ['g', day('2026-03-11') + END],
  ['h', day('2026-03-03') + END],
]);

describe('SLA attainment', () => {
  it('counts the cards done by their SLA due date per completion week, cards without one apart', () => {
    expect(slaAttainment(report, sla)).toEqual({
      weeks: [
        { week: '2026-03-02', completed: 2, met: 1, attainment: 0.5 },
        { week: '2026-03-09', completed: 1, met: 1, attainment: 1 },
      ],
      total: { completed: 3, met: 2, attainment: 2 / 3 },
      withoutSla: 1,
    });
  });

  it('buckets completions by the week of the report’s time zone', () => {
    // Done Sunday 8 March 23:30 UTC, which is Monday 9 March 00:30 in Berlin.
    const input = board({
      x: [
        ['backlog', '2026-03-02T09:00Z'],
        ['doing', '2026-03-03T09:00Z'],
        ['done', '2026-03-08T23:30Z'],
      ],
    });
    const due = new Map([['x', t('2026-03-09T12:00Z')]]);
    const asOf = t('2026-03-12T12:00Z');
    const weekIn = (timeZone: string) =>
      slaAttainment(computeFlow(input, { asOf, timeZone }), due).weeks.map((w) => w.week);
    expect(weekIn('UTC')).toEqual(['2026-03-02']);
    expect(weekIn('Europe/Berlin')).toEqual(['2026-03-09']);
  });

  it('leaves out cards done outside the report’s window, and has no attainment without SLA cards', () => {
    const windowed = computeFlow(
      board({
        a: [
          ['backlog', '2026-03-02T09:00Z'],
          ['done', '2026-03-04T17:00Z'],
        ],
      }),
      { asOf: t('2026-03-12T12:00Z'), from: '2026-03-09' },
    );
    expect(slaAttainment(windowed, sla)).toEqual({
      weeks: [],
      total: { completed: 0, met: 0, attainment: null },
      withoutSla: 0,
    });
  });
});

describe('cards at risk', () => {
  it('lists open cards past or near their SLA, and started cards older than the P85 cycle time', () => {
    expect(report.cycle.days[85]).toBe(2.25);
    const risky = cardsAtRisk(report, sla);
    expect(risky.map((card) => [card.cardId, card.reasons.map((r) => r.kind)])).toEqual([
      ['g', ['sla_past']],
      ['f', ['sla_near']],
      ['e', ['age']],
    ]);
    const [g, f, e] = risky;
    expect(g!.reasons[0]).toEqual({ kind: 'sla_past', overdueDays: (12 * 3_600_000 + 1) / 86_400_000 });
    expect(f!.reasons[0]).toEqual({ kind: 'sla_near', daysLeft: 0.75 });
    expect(f!.age).toBeNull();
    expect(e!.reasons[0]).toEqual({ kind: 'age', ageDays: 9.125, percentile: 85, percentileDays: 2.25 });
  });

  it('gives every reason that applies, and honours the near window and percentile asked for', () => {
    const both = new Map([['e', t('2026-03-12T18:00Z')]]);
    expect(cardsAtRisk(report, both)[0]!.reasons.map((r) => r.kind)).toEqual(['age', 'sla_near']);
    // f is due in 0.75 days: not near with half a day's window.
    expect(cardsAtRisk(report, sla, { nearDays: 0.5 }).map((c) => c.cardId)).toEqual(['g', 'e']);
    // Against the P50 cycle time (1.125 d), g's age of 1.125 d is not beyond it; e's is.
    const p50 = cardsAtRisk(report, new Map(), { percentile: 50 });
    expect(p50.map((c) => c.cardId)).toEqual(['e']);
    expect(() => cardsAtRisk(report, sla, { nearDays: -1 })).toThrow(RangeError);
  });

  it('has no age reason when no card is done yet', () => {
    const fresh = computeFlow(
      board({
        e: [
          ['backlog', '2026-03-02T12:00Z'],
          ['doing', '2026-03-03T09:00Z'],
        ],
      }),
      { asOf: t('2026-03-12T12:00Z') },
    );
    expect(cardsAtRisk(fresh, new Map())).toEqual([]);
  });
});

describe('service times and SLA dates', () => {
  it('reports first response and time to resolve as the reaction and lead time percentiles', () => {
    const [first, resolve] = serviceTimes(report);
    expect(first).toEqual({
      measure: 'first_response',
      count: report.reaction.count,
      days: { 50: report.reaction.days[50], 85: report.reaction.days[85], 95: report.reaction.days[95] },
    });
    expect(resolve).toEqual({
      measure: 'time_to_resolve',
      count: 4,
      days: { 50: report.lead.days[50], 85: report.lead.days[85], 95: report.lead.days[95] },
    });
  });

  it('reads SLA due dates from the cards’ values of the SLA field', () => {
    const cards: { id: string; values: Record<string, string | number> }[] = [
      { id: 'a', values: { f1: 100, f2: 'x' } },
      { id: 'b', values: { f1: 'not a date' } },
      { id: 'c', values: {} },
    ];
    expect([...slaDueDates(cards, 'f1')]).toEqual([['a', 100]]);
    expect(slaDueDates(cards, null).size).toBe(0);
  });
});
