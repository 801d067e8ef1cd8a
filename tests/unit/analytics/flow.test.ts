import { describe, expect, it } from 'vitest';
import { computeFlow } from '../../../src/analytics/index.ts';
import { board, t } from './helpers.ts';

describe('cumulative flow, WIP and throughput worked by hand', () => {
  // Three cards over Mon 2 – Fri 6 March 2026 (UTC):
  //   a: backlog Mon 09:00 → doing Tue 09:00 → done Wed 17:00
  //   b: backlog Mon 10:00 → doing Wed 09:00 → review Wed 12:00 → doing Thu 09:00 (back) → done Fri 15:00
  //   c: backlog Tue 09:00 → doing Tue 10:00 → backlog Tue 16:00 (same-day round trip)
  // End-of-day snapshots:
  //          backlog doing review done   WIP  done that day
  //   Mon       2      0     0     0      0     0
  //   Tue       2      1     0     0      1     0
  //   Wed       1      0     1     1      1     1
  //   Thu       1      1     0     1      1     0
  //   Fri       1      0     0     2      0     1
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
        ['review', '2026-03-04T12:00Z'],
        ['doing', '2026-03-05T09:00Z'],
        ['done', '2026-03-06T15:00Z'],
      ],
      c: [
        ['backlog', '2026-03-03T09:00Z'],
        ['doing', '2026-03-03T10:00Z'],
        ['backlog', '2026-03-03T16:00Z'],
      ],
    }),
    { asOf: t('2026-03-06T18:00Z'), to: '2026-03-06' },
  );

  it('gives the CFD bands per status at each day end', () => {
    const rows = report.cfd.days.map((d) => [
      d.date,
      d.counts.backlog,
      d.counts.doing,
      d.counts.review,
      d.counts.done,
    ]);
    expect(rows).toEqual([
      ['2026-03-02', 2, 0, 0, 0],
      ['2026-03-03', 2, 1, 0, 0],
      ['2026-03-04', 1, 0, 1, 1],
      ['2026-03-05', 1, 1, 0, 1],
      ['2026-03-06', 1, 0, 0, 2],
    ]);
    expect(report.cfd.statuses).toEqual([
      'info',
      'backlog',
      'doing',
      'review',
      'done',
      'shipped',
      'cancelled',
    ]);
    expect(report.cfd.days[0]!.counts.shipped).toBe(0);
  });

  it('gives WIP and throughput per day, zero days included', () => {
    expect(report.wip.map((d) => d.count)).toEqual([0, 1, 1, 1, 0]);
    expect(report.throughput.daily.map((d) => d.count)).toEqual([0, 0, 1, 0, 1]);
    expect(report.throughput.weekly).toEqual([{ week: '2026-03-02', days: 5, count: 2 }]);
    expect(report.remaining).toBe(1);
  });
});

describe('throughput with a working calendar', () => {
  it('lists working days only and counts a weekend completion on the next working day', () => {
    const report = computeFlow(
      board({
        sat: [
          ['doing', '2026-03-02T09:00Z'],
          ['done', '2026-03-07T10:00Z'],
        ],
        mon: [
          ['doing', '2026-03-02T09:00Z'],
          ['done', '2026-03-09T10:00Z'],
        ],
      }),
      {
        asOf: t('2026-03-10T12:00Z'),
        from: '2026-03-02',
        to: '2026-03-10',
        working: { weekdays: [1, 2, 3, 4, 5] },
      },
    );
    expect(report.throughput.daily.map((d) => d.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-09',
      '2026-03-10',
    ]);
    expect(report.throughput.daily.find((d) => d.date === '2026-03-09')?.count).toBe(2);
    expect(report.throughput.weekly).toEqual([
      { week: '2026-03-02', days: 7, count: 0 },
      { week: '2026-03-09', days: 2, count: 2 },
    ]);
    // Monday 09:00 → Saturday 10:00 is five working days (Mon–Fri), both ends counted by whole days.
    const sat = report.cards.find((c) => c.id === 'sat')!;
    expect(sat.cycle?.wholeDays).toBe(5);
    expect(sat.cycle?.days).toBeCloseTo(5 - 9 / 24, 12);
  });
});

describe('CFD across a DST change', () => {
  it('snapshots each Berlin day once, 23-hour day included', () => {
    const report = computeFlow(
      board({
        a: [
          ['backlog', '2026-03-28T10:00Z'],
          ['doing', '2026-03-28T23:30Z'], // 29 March 00:30 CET
          ['done', '2026-03-29T22:30Z'], // 30 March 00:30 CEST
        ],
      }),
      { asOf: t('2026-03-31T10:00Z'), timeZone: 'Europe/Berlin' },
    );
    expect(report.cfd.days.map((d) => [d.date, d.counts.backlog, d.counts.doing, d.counts.done])).toEqual([
      ['2026-03-28', 1, 0, 0],
      ['2026-03-29', 0, 1, 0],
      ['2026-03-30', 0, 0, 1],
      ['2026-03-31', 0, 0, 1],
    ]);
    const a = report.cards[0]!;
    // 00:30 to 00:30 local over the 23-hour day: 23 h elapsed, two local days touched.
    expect(a.cycle?.wholeDays).toBe(2);
    expect(a.cycle?.days).toBeCloseTo(23 / 24, 12);
  });
});
