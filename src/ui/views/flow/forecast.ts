// What the Forecast Chart and the Monte Carlo panels show, taken from the library's forecast as it is: the
// chart draws these numbers and the tables list them, so the two can never disagree. Dates are the
// library's local days (`YYYY-MM-DD` in the report's time zone) and are only reworded, never shifted.
import {
  dayNumber,
  dayString,
  DEFAULT_HORIZON_DAYS,
  FLOW_PERCENTILES,
  makeCalendar,
  SCENARIO_PERCENTILES,
  type DatedHowMany,
  type DatedScenarios,
  type DatedWhen,
  type FlowPercentile,
  type FlowReport,
  type ScenarioName,
} from '../../../analytics/index.ts';

/** Cumulative cards done and created (the scope) at the end of one window day. */
export interface ScopeDay {
  date: string;
  done: number;
  scope: number;
}

/** One straight line of the chart into the future, from the as-of day to its end (none when never). */
export interface ForecastLine {
  key: ScenarioName | 'scope';
  label: string;
  /** Cards per week the line climbs by (the scenario's throughput, or the scope growth). */
  perWeek: number;
  from: { date: string; cards: number };
  to: { date: string; cards: number } | null;
}

/** Everything the chart draws: one x per date, one value (or a gap) per date for every series. */
export interface ForecastChartData {
  dates: string[];
  series: { key: ForecastLine['key'] | 'done' | 'total'; label: string; values: (number | null)[] }[];
}

const SCENARIO_NAMES: readonly ScenarioName[] = ['optimistic', 'likely', 'pessimistic'];
const SCENARIO_LABELS: Record<ScenarioName, string> = {
  optimistic: 'Optimistic',
  likely: 'Most likely',
  pessimistic: 'Pessimistic',
};
/** How far the projected scope is drawn when no scenario has a date to end it at, in days. */
const SCOPE_ONLY_DAYS = 28;

/** Running totals of cards done and cards created over the report's window, day by day. */
export function scopeHistory(report: FlowReport): ScopeDay[] {
  let done = 0;
  let scope = 0;
  return report.throughput.daily.map((day, i) => {
    done += day.count;
    scope += report.createdDaily[i]?.count ?? 0;
    return { date: day.date, done, scope };
  });
}

/** A label such as "Most likely (P50)". */
export function scenarioLabel(name: ScenarioName): string {
  return `${SCENARIO_LABELS[name]} (P${SCENARIO_PERCENTILES[name]})`;
}

/**
 * The three scenario lines and the projected scope, each from the as-of day (`forecast.start`) at today's
 * totals. A scenario climbs `ratePerWeek` a week until its date, where it meets the scope grown by
 * `growthPerWeek` a week; the scope line runs to the latest scenario date. Cards are rounded to 0.1.
 */
export function forecastLines(
  history: readonly ScopeDay[],
  start: string,
  forecast: DatedScenarios,
): ForecastLine[] {
  const today = history.at(-1) ?? { done: 0, scope: 0 };
  const lines: ForecastLine[] = SCENARIO_NAMES.map((name) => {
    const { ratePerWeek, weeks } = forecast.scenarios[name];
    const date = forecast.dates[name];
    return {
      key: name,
      label: scenarioLabel(name),
      perWeek: ratePerWeek,
      from: { date: start, cards: today.done },
      to: date === null || weeks === null ? null : { date, cards: tenths(today.done + ratePerWeek * weeks) },
    };
  });
  const ends = lines.flatMap((line) => (line.to ? [line] : []));
  const last = ends.reduce<ForecastLine | null>((a, b) => (a && a.to!.date >= b.to!.date ? a : b), null);
  const scenario = last ? forecast.scenarios[last.key as ScenarioName] : null;
  const weeks = scenario?.weeks ?? SCOPE_ONLY_DAYS / 7;
  const growth = forecast.growthPerWeek;
  lines.push({
    key: 'scope',
    label: 'Projected scope',
    perWeek: tenths(growth),
    from: { date: start, cards: today.scope },
    to: {
      date: last?.to!.date ?? addDays(start, SCOPE_ONLY_DAYS),
      cards: tenths(today.scope + growth * weeks),
    },
  });
  return lines;
}

/** The chart's series on one shared list of dates: history days, then the dates the lines end at. */
export function forecastChartData(
  history: readonly ScopeDay[],
  lines: readonly ForecastLine[],
): ForecastChartData {
  const dates = [
    ...new Set([
      ...history.map((day) => day.date),
      ...lines.flatMap((line) => [line.from.date, ...(line.to ? [line.to.date] : [])]),
    ]),
  ].sort();
  const at = (points: { date: string; cards: number }[]) => {
    const byDate = new Map(points.map((point) => [point.date, point.cards]));
    return dates.map((date) => byDate.get(date) ?? null);
  };
  return {
    dates,
    series: [
      { key: 'done', label: 'Done', values: at(history.map((day) => ({ date: day.date, cards: day.done }))) },
      {
        key: 'total',
        label: 'Total scope',
        values: at(history.map((day) => ({ date: day.date, cards: day.scope }))),
      },
      ...lines.map((line) => ({
        key: line.key,
        label: line.label,
        // A line that never ends is not drawn at all: a lone start point would read as a forecast.
        values: line.to ? at([line.from, line.to]) : dates.map(() => null),
      })),
    ],
  };
}

/** A local day `YYYY-MM-DD` in words, "14 Dec 2026". */
export function formatDay(date: string): string {
  // The day is already the report's local day; formatting its UTC midnight in UTC keeps it as it is.
  return DAY_WORDS.format(Date.parse(`${date}T00:00:00Z`));
}

const DAY_WORDS = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** What the chart says beside itself about one scenario. */
export function scenarioSentence(line: ForecastLine, growthPerWeek: number): string {
  const rate = `${formatCards(line.perWeek)} ${line.perWeek === 1 ? 'card' : 'cards'} a week`;
  if (line.to === null) {
    return `${line.label}, ${rate}: never, since new cards arrive at ${formatCards(growthPerWeek)} a week.`;
  }
  return `${line.label}, ${rate}: done by ${formatDay(line.to.date)}.`;
}

/** Cards as shown: whole numbers plain, fractions to one decimal. */
export function formatCards(cards: number): string {
  return Number.isInteger(cards) ? String(cards) : cards.toFixed(1);
}

/** The rows of "when will N be done": by percentile, the days ahead and the date (null beyond the horizon). */
export function whenRows(when: DatedWhen): { p: FlowPercentile; days: number | null; date: string | null }[] {
  return FLOW_PERCENTILES.map((p) => ({ p, days: when.days[p], date: when.dates[p] }));
}

/** The rows of "how many by date": by percentile, the cards done at least. */
export function howManyRows(howMany: DatedHowMany): { p: FlowPercentile; items: number }[] {
  return FLOW_PERCENTILES.map((p) => ({ p, items: howMany.items[p] }));
}

/** "85 % chance on or before 14 Dec 2026", the 85th row read out. */
export function whenSentence(when: DatedWhen): string {
  const date = when.dates[85];
  if (date !== null) return `85 % chance on or before ${formatDay(date)}`;
  const cards = `${when.items} ${when.items === 1 ? 'card' : 'cards'}`;
  return `Not in sight: fewer than 85 % of the trials finish ${cards} within ${DEFAULT_HORIZON_DAYS.toLocaleString('en-GB')} days`;
}

/** "85 % chance of at least 37 cards by 31 Dec 2026", the 85th row read out. */
export function howManySentence(howMany: DatedHowMany): string {
  const items = howMany.items[85];
  return `85 % chance of at least ${items} ${items === 1 ? 'card' : 'cards'} by ${formatDay(howMany.by)}`;
}

/** The largest "when" a lead may ask: far beyond any backlog, small enough to keep 10,000 trials quick. */
export const MAX_ITEMS = 100_000;
/** The furthest "by" date, in days after the as-of day (about ten years). */
export const MAX_DAYS_AHEAD = 3_660;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The number of cards typed into "when will N cards be done"; whole numbers from 1 to {@link MAX_ITEMS}. */
export function parseItems(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter how many cards to forecast.' };
  const value = Number(trimmed);
  if (!Number.isInteger(value) || value < 1 || value > MAX_ITEMS) {
    return {
      ok: false,
      message: `Enter a whole number of cards from 1 to ${MAX_ITEMS.toLocaleString('en-GB')}.`,
    };
  }
  return { ok: true, value };
}

/** The date picked for "how many by date": a real day after `start` and at most {@link MAX_DAYS_AHEAD} later. */
export function parseByDate(text: string, start: string): Parsed<string> {
  const day = dayNumber(text.trim());
  const first = dayNumber(start)!;
  if (day === null) return { ok: false, message: 'Enter a date, such as 2026-12-31.' };
  if (day <= first) return { ok: false, message: `Pick a date after today, ${formatDay(start)}.` };
  if (day > first + MAX_DAYS_AHEAD) return { ok: false, message: 'Pick a date within the next ten years.' };
  return { ok: true, value: dayString(day) };
}

/** The first and last day the "by" date input offers. */
export function byDateBounds(start: string): { min: string; max: string } {
  return { min: addDays(start, 1), max: addDays(start, MAX_DAYS_AHEAD) };
}

/** The report's as-of day in its time zone, `YYYY-MM-DD`: forecasts count from the day after. */
export function asOfDay(report: FlowReport): string {
  const calendar = makeCalendar({ timeZone: report.timeZone, working: report.working ?? undefined });
  return dayString(calendar.dayOf(report.asOf));
}

/** The "by" date offered first: four weeks after the as-of day. */
export function defaultByDate(start: string): string {
  return addDays(start, 28);
}

function addDays(date: string, days: number): string {
  return dayString(dayNumber(date)! + days);
}

function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}
