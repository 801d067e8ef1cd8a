// The Forecast Chart's view model: the lines it draws from the library's scenarios, the series on one date
// axis, the sentences, and the checks on what a lead types into the Monte Carlo panels.
import { describe, expect, it } from 'vitest';
import { computeFlow, forecastFromReport, type DatedScenarios } from '../../../../src/analytics/index.ts';
import {
  asOfDay,
  byDateBounds,
  defaultByDate,
  forecastChartData,
  forecastLines,
  formatDay,
  howManyRows,
  howManySentence,
  parseByDate,
  parseItems,
  scenarioSentence,
  scopeHistory,
  whenRows,
  whenSentence,
} from '../../../../src/ui/views/flow/forecast.ts';
import { AS_OF, backlogHistory } from './forecastFixture.ts';

const report = computeFlow(backlogHistory(), { asOf: AS_OF, timeZone: 'UTC' });

describe('forecast view model', () => {
  it('runs cumulative done and scope over the window, leaving the open cards between them', () => {
    const history = scopeHistory(report);
    expect(history.map((day) => day.date)).toEqual(report.throughput.daily.map((day) => day.date));
    expect(history[0]).toEqual({ date: '2026-10-12', done: 0, scope: 40 });
    // 39 days: 39 new cards, and 19 even days of two plus 20 odd days of one done.
    expect(history.at(-1)).toEqual({ date: '2026-11-20', done: 58, scope: 79 });
    expect(history.at(-1)!.scope - history.at(-1)!.done).toBe(report.remaining);
    const total = report.throughput.daily.reduce((sum, day) => sum + day.count, 0);
    expect(history.at(-1)!.done).toBe(total);
  });

  it('draws each scenario from today to the library date, where it meets the grown scope', () => {
    const history = [
      { date: '2026-11-19', done: 8, scope: 27 },
      { date: '2026-11-20', done: 10, scope: 30 },
    ];
    // 20 open cards, 2 new a week: 6 a week takes 20 / 4 = 5 weeks, 4 a week 10 weeks, 2 a week never.
    const scenarios: DatedScenarios = {
      ok: true,
      remaining: 20,
      growthPerWeek: 2,
      weeks: 5,
      scenarios: {
        optimistic: { ratePerWeek: 6, weeks: 5, days: 35 },
        likely: { ratePerWeek: 4, weeks: 10, days: 70 },
        pessimistic: { ratePerWeek: 2, weeks: null, days: null },
      },
      dates: { optimistic: '2026-12-25', likely: '2027-01-29', pessimistic: null },
    };
    const lines = forecastLines(history, '2026-11-20', scenarios);
    expect(lines).toEqual([
      {
        key: 'optimistic',
        label: 'Optimistic (P80)',
        perWeek: 6,
        from: { date: '2026-11-20', cards: 10 },
        to: { date: '2026-12-25', cards: 40 },
      },
      {
        key: 'likely',
        label: 'Most likely (P50)',
        perWeek: 4,
        from: { date: '2026-11-20', cards: 10 },
        to: { date: '2027-01-29', cards: 50 },
      },
      {
        key: 'pessimistic',
        label: 'Pessimistic (P20)',
        perWeek: 2,
        from: { date: '2026-11-20', cards: 10 },
        to: null,
      },
      {
        key: 'scope',
        label: 'Projected scope',
        perWeek: 2,
        from: { date: '2026-11-20', cards: 30 },
        to: { date: '2027-01-29', cards: 50 },
      },
    ]);

    const data = forecastChartData(history, lines);
    expect(data.dates).toEqual(['2026-11-19', '2026-11-20', '2026-12-25', '2027-01-29']);
    expect(Object.fromEntries(data.series.map((s) => [s.key, s.values]))).toEqual({
      done: [8, 10, null, null],
      total: [27, 30, null, null],
      optimistic: [null, 10, 40, null],
      likely: [null, 10, null, 50],
      // Never done: not drawn, not even its starting point.
      pessimistic: [null, null, null, null],
      scope: [null, 30, null, 50],
    });

    expect(scenarioSentence(lines[0]!, 2)).toBe('Optimistic (P80), 6 cards a week: done by 25 Dec 2026.');
    expect(scenarioSentence(lines[2]!, 2)).toBe(
      'Pessimistic (P20), 2 cards a week: never, since new cards arrive at 2 a week.',
    );
  });

  it("ends the lines at the library's dates for a report", () => {
    const forecast = forecastFromReport(report);
    if (!forecast.scenarios.ok) throw new Error(forecast.scenarios.message);
    const history = scopeHistory(report);
    const lines = forecastLines(history, forecast.start, forecast.scenarios);
    for (const line of lines.slice(0, 3)) {
      const name = line.key as 'optimistic' | 'likely' | 'pessimistic';
      expect(line.to?.date ?? null).toBe(forecast.scenarios.dates[name]);
      expect(line.perWeek).toBe(forecast.scenarios.scenarios[name].ratePerWeek);
    }
    // Where a scenario ends, the done cards have caught up with the scope grown until then.
    const today = history.at(-1)!;
    for (const [name, line] of [
      ['optimistic', lines[0]!],
      ['likely', lines[1]!],
      ['pessimistic', lines[2]!],
    ] as const) {
      const { weeks } = forecast.scenarios.scenarios[name];
      expect(line.to!.cards).toBeCloseTo(today.scope + forecast.scenarios.growthPerWeek * weeks!, 0);
    }
    expect(forecast.start).toBe('2026-11-20');
    expect(asOfDay(report)).toBe('2026-11-20');
  });

  it('reads the Monte Carlo answers at 85 % and lists the four percentiles', () => {
    const forecast = forecastFromReport(report, { when: 12, by: '2026-12-18' });
    if (!forecast.when?.ok || !forecast.howMany?.ok) throw new Error('expected forecasts');
    const when = forecast.when;
    expect(whenRows(when)).toEqual(
      ([50, 70, 85, 95] as const).map((p) => ({ p, days: when.days[p], date: when.dates[p] })),
    );
    expect(whenSentence(when)).toBe(`85 % chance on or before ${formatDay(when.dates[85]!)}`);
    const howMany = forecast.howMany;
    expect(howManyRows(howMany).map((row) => row.items)).toEqual([
      howMany.items[50],
      howMany.items[70],
      howMany.items[85],
      howMany.items[95],
    ]);
    expect(howManySentence(howMany)).toBe(
      `85 % chance of at least ${howMany.items[85]} cards by 18 Dec 2026`,
    );
    // "At least": the more certain, the fewer cards.
    expect(howMany.items[50]).toBeGreaterThanOrEqual(howMany.items[95]);
  });

  it('says so when 85 % of the trials never finish', () => {
    const sentence = whenSentence({
      ok: true,
      items: 5,
      trials: 10,
      days: { 50: 3, 70: 9, 85: null, 95: null },
      dates: { 50: '2026-11-23', 70: '2026-11-29', 85: null, 95: null },
    });
    expect(sentence).toBe('Not in sight: fewer than 85 % of the trials finish 5 cards within 10,000 days');
  });

  it('writes days in words as the local day they are', () => {
    expect(formatDay('2026-12-14')).toBe('14 Dec 2026');
    expect(formatDay('2027-01-01')).toBe('1 Jan 2027');
  });
});

describe('forecast inputs', () => {
  it('takes a whole number of cards from 1 to 100,000', () => {
    expect(parseItems(' 37 ')).toEqual({ ok: true, value: 37 });
    expect(parseItems('100000')).toEqual({ ok: true, value: 100_000 });
    for (const bad of ['0', '-3', '2.5', 'abc', '100001', '1e9']) {
      expect(parseItems(bad)).toEqual({
        ok: false,
        message: 'Enter a whole number of cards from 1 to 100,000.',
      });
    }
    expect(parseItems('')).toEqual({ ok: false, message: 'Enter how many cards to forecast.' });
  });

  it('takes a real date after today and within ten years', () => {
    const start = '2026-11-20';
    expect(parseByDate('2026-12-31', start)).toEqual({ ok: true, value: '2026-12-31' });
    expect(parseByDate('2026-11-21', start)).toEqual({ ok: true, value: '2026-11-21' });
    expect(parseByDate('2026-11-20', start)).toEqual({
      ok: false,
      message: 'Pick a date after today, 20 Nov 2026.',
    });
    expect(parseByDate('2026-02-30', start)).toEqual({
      ok: false,
      message: 'Enter a date, such as 2026-12-31.',
    });
    expect(parseByDate('', start)).toEqual({ ok: false, message: 'Enter a date, such as 2026-12-31.' });
    expect(parseByDate('2040-01-01', start)).toEqual({
      ok: false,
      message: 'Pick a date within the next ten years.',
    });
    const { min, max } = byDateBounds(start);
    expect(parseByDate(min, start).ok).toBe(true);
    expect(parseByDate(max, start).ok).toBe(true);
    expect(defaultByDate(start)).toBe('2026-12-18');
  });
});
