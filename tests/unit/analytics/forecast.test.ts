import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeFlow,
  cumulativeTrend,
  forecastFromReport,
  forecastScenarios,
  monteCarloHowMany,
  monteCarloWhen,
  nearestRank,
  seededRandom,
} from '../../../src/analytics/index.ts';
import { board, t, type Path } from './helpers.ts';

const twos = (days: number) => Array.from({ length: days }, () => 2);

describe('Monte Carlo', () => {
  it('a constant basis of 2 per day: 20 in 10 days and 7 cards in 4 days at every percentile', () => {
    expect(monteCarloHowMany(twos(14), 10)).toMatchObject({
      ok: true,
      trials: 10_000,
      items: { 50: 20, 70: 20, 85: 20, 95: 20 },
    });
    expect(monteCarloWhen(twos(14), 7)).toMatchObject({ ok: true, days: { 50: 4, 70: 4, 85: 4, 95: 4 } });
  });

  it('holds for any constant basis and seed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer(),
        (rate, history, days, seed) => {
          const basis = Array.from({ length: history }, () => rate);
          const result = monteCarloHowMany(basis, days, { seed, trials: 200 });
          expect(result.ok && Object.values(result.items)).toEqual([1, 2, 3, 4].map(() => rate * days));
          const when = monteCarloWhen(basis, rate * days + 1, { seed, trials: 200 });
          expect(when.ok && when.days[95]).toBe(days + 1);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('gives the same forecast for the same seed, and reads "how many" as at least (descending)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 6 }), { minLength: 10, maxLength: 40 })
          .filter((b) => b.some(Boolean)),
        fc.integer(),
        (basis, seed) => {
          const a = monteCarloHowMany(basis, 15, { seed, trials: 500 });
          expect(monteCarloHowMany(basis, 15, { seed, trials: 500 })).toEqual(a);
          expect(monteCarloWhen(basis, 12, { seed, trials: 500 })).toEqual(
            monteCarloWhen(basis, 12, { seed, trials: 500 }),
          );
          if (!a.ok) throw new Error('expected a forecast');
          // More certainty, fewer items: 95 % of trials reach at least the 95th value.
          expect(a.items[50]).toBeGreaterThanOrEqual(a.items[70]);
          expect(a.items[70]).toBeGreaterThanOrEqual(a.items[85]);
          expect(a.items[85]).toBeGreaterThanOrEqual(a.items[95]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('gives a "when" that grows with certainty', () => {
    const result = monteCarloWhen([0, 1, 0, 3, 2, 0, 0, 5, 1, 0, 2, 0], 20);
    if (!result.ok) throw new Error('expected a forecast');
    expect(result.days[50]!).toBeLessThanOrEqual(result.days[70]!);
    expect(result.days[85]!).toBeLessThanOrEqual(result.days[95]!);
  });

  it('gives no forecast, with a reason, for an empty, short or all-zero basis', () => {
    expect(monteCarloWhen([], 5)).toMatchObject({ ok: false, reason: 'empty' });
    expect(monteCarloWhen(twos(9), 5)).toMatchObject({ ok: false, reason: 'too_short' });
    expect(monteCarloHowMany(twos(9), 5, { minHistoryDays: 5 })).toMatchObject({ ok: true });
    expect(monteCarloHowMany(Array(30).fill(0), 5)).toMatchObject({ ok: false, reason: 'all_zero' });
    expect(() => monteCarloWhen(twos(10), 0)).toThrow(RangeError);
  });

  it('stops a trial at the horizon and reports no day for it', () => {
    const basis = [1, ...Array(99).fill(0)];
    const result = monteCarloWhen(basis, 50, { horizonDays: 100, trials: 100 });
    expect(result).toMatchObject({ ok: true, days: { 50: null, 95: null } });
  });
});

describe('three scenarios', () => {
  it('uses P80, P50 and P20 of weekly throughput and projects scope growth', () => {
    const weekly = [2, 4, 6, 8, 10]; // P20 = 2, P50 = 6, P80 = 8
    const flat = forecastScenarios({ weeklyThroughput: weekly, remaining: 24 });
    expect(flat).toMatchObject({
      ok: true,
      growthPerWeek: 0,
      scenarios: {
        optimistic: { ratePerWeek: 8, weeks: 3, days: 21 },
        likely: { ratePerWeek: 6, weeks: 4, days: 28 },
        pessimistic: { ratePerWeek: 2, weeks: 12, days: 84 },
      },
    });
    // Two new cards a week: the pessimistic rate never catches up.
    const growing = forecastScenarios({
      weeklyThroughput: weekly,
      weeklyCreated: [2, 2, 2, 2, 2],
      remaining: 24,
    });
    expect(growing).toMatchObject({
      growthPerWeek: 2,
      scenarios: {
        optimistic: { weeks: 4, days: 28 },
        likely: { weeks: 6, days: 42 },
        pessimistic: { weeks: null, days: null },
      },
    });
  });

  it('fits the trend of created cards by least squares', () => {
    expect(cumulativeTrend([3, 3, 3])).toBeCloseTo(3, 12);
    expect(cumulativeTrend([0, 0, 6])).toBeCloseTo(3, 12);
    expect(cumulativeTrend([])).toBe(0);
  });

  it('gives no forecast without enough complete weeks', () => {
    expect(forecastScenarios({ weeklyThroughput: [], remaining: 3 })).toMatchObject({ reason: 'empty' });
    expect(forecastScenarios({ weeklyThroughput: [5], remaining: 3 })).toMatchObject({ reason: 'too_short' });
    expect(forecastScenarios({ weeklyThroughput: [0, 0], remaining: 3 })).toMatchObject({
      reason: 'all_zero',
    });
  });
});

describe('forecasts of a report, with dates', () => {
  // Four weeks (Mon 2 – Sun 29 March 2026, UTC): two cards done every day, four left in the backlog.
  const paths: Record<string, Path> = {};
  for (let day = 0; day < 28; day++) {
    for (const k of [0, 1]) {
      const date = new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10);
      paths[`d${day}-${k}`] = [
        ['doing', `${date}T08:00Z`],
        ['done', `${date}T12:00Z`],
      ];
    }
  }
  for (const k of [1, 2, 3, 4]) paths[`todo${k}`] = [['backlog', '2026-03-02T08:00Z']];
  const report = computeFlow(board(paths), { asOf: t('2026-03-29T20:00Z') });

  it('counts from the day after as-of', () => {
    const forecast = forecastFromReport(report, { when: 7, by: '2026-04-08' });
    expect(forecast.start).toBe('2026-03-29');
    expect(forecast.when).toMatchObject({ ok: true, days: { 50: 4 }, dates: { 50: '2026-04-02' } });
    expect(forecast.howMany).toMatchObject({ ok: true, days: 10, items: { 95: 20 } });
    expect(forecast.scenarios.ok).toBe(true);
  });

  it('defaults "when" to the remaining cards and refuses a date not after as-of', () => {
    expect(forecastFromReport(report).when).toMatchObject({ items: 4, days: { 95: 2 } });
    expect(() => forecastFromReport(report, { by: '2026-03-29' })).toThrow(RangeError);
  });
});

describe('Monte Carlo "when" on a sparse basis', () => {
  /** The plain way: one draw per day until the items are done; percentiles by nearest rank. */
  function dayByDay(basis: readonly number[], items: number, trials: number, seed: number) {
    const random = seededRandom(seed);
    const results: number[] = [];
    for (let t = 0; t < trials; t++) {
      let done = 0;
      let day = 0;
      while (done < items) {
        done += basis[(random() * basis.length) | 0]!;
        day++;
      }
      results.push(day);
    }
    results.sort((a, b) => a - b);
    return Object.fromEntries(([50, 70, 85, 95] as const).map((p) => [p, nearestRank(results, p)!]));
  }

  it('draws runs of idle days at once and still matches day-by-day draws', () => {
    // One or two cards on three days of 39: a forecast of 10 cards spans about a year of days.
    const basis = Array.from({ length: 39 }, (_, i) => (i === 5 ? 2 : i === 17 || i === 30 ? 1 : 0));
    const forecast = monteCarloWhen(basis, 10);
    const reference = dayByDay(basis, 10, 10_000, 7);
    expect(forecast.ok).toBe(true);
    if (!forecast.ok) return;
    for (const p of [50, 70, 85, 95] as const) {
      const days = forecast.days[p]!;
      // Two independent samples of 10,000 trials: their percentiles agree within a few per cent.
      expect(Math.abs(days - reference[p]!) / reference[p]!).toBeLessThan(0.06);
    }
  });

  it('counts a trial past the horizon as not done', () => {
    const basis = Array.from({ length: 20 }, (_, i) => (i === 0 ? 1 : 0));
    const forecast = monteCarloWhen(basis, 50, { horizonDays: 300 });
    // 50 cards at one in 20 days take about 1,000 days: beyond a 300-day horizon in every trial.
    expect(forecast).toMatchObject({ ok: true, days: { 50: null, 70: null, 85: null, 95: null } });
  });
});
