/**
 * The three-scenario forecast from weekly throughput: over the complete weeks of the window, the
 * optimistic rate is the 80th percentile of cards done per week, the most likely the 50th, the
 * pessimistic the 20th (nearest rank, ascending). Each rate finishes the remaining work after
 * `remaining / (rate − growth)` weeks, where growth is the scope growth projected from the trend of cards
 * created: the least-squares slope of the cumulative count of created cards per week (new work arriving
 * while the backlog is worked off). A scenario whose rate does not outrun the growth never finishes and
 * gets no date.
 */
import { nearestRank } from '../percentiles.ts';
import { DEFAULT_MIN_HISTORY_DAYS, checkBasis, type NoForecast } from './basis.ts';

export type ScenarioName = 'optimistic' | 'likely' | 'pessimistic';

/** Percentile of weekly throughput behind each scenario. */
export const SCENARIO_PERCENTILES: Readonly<Record<ScenarioName, number>> = {
  optimistic: 80,
  likely: 50,
  pessimistic: 20,
};

export interface Scenario {
  /** Cards done per week. */
  ratePerWeek: number;
  /** Weeks (fractional) until the remaining work and its growth are done; null when never. */
  weeks: number | null;
  /** Calendar days from the start until done, `ceil(weeks · 7)`; null when never. */
  days: number | null;
}

export interface ScenarioForecast {
  ok: true;
  remaining: number;
  /** Projected new cards per week (0 without scope growth). */
  growthPerWeek: number;
  /** Complete weeks in the basis. */
  weeks: number;
  scenarios: Record<ScenarioName, Scenario>;
}

export interface ScenarioInput {
  /** Cards done in each complete week of the window, oldest first. */
  weeklyThroughput: readonly number[];
  /** Cards created in the same weeks; scope growth is off when absent. */
  weeklyCreated?: readonly number[];
  /** Cards left to do. */
  remaining: number;
  /** Days of history required; default 10. */
  minHistoryDays?: number;
}

/** Least-squares slope of the cumulative sums of `values` against their index (per period). */
export function cumulativeTrend(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  if (n === 1) return values[0]!;
  let sum = 0;
  const ys = values.map((v) => (sum += v));
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let cov = 0;
  let varX = 0;
  ys.forEach((y, x) => {
    cov += (x - meanX) * (y - meanY);
    varX += (x - meanX) ** 2;
  });
  return cov / varX;
}

/** The three scenarios; no forecast when the weeks are empty, cover fewer than the minimum days, or are all zero. */
export function forecastScenarios(input: ScenarioInput): ScenarioForecast | NoForecast {
  const { weeklyThroughput, weeklyCreated, remaining } = input;
  if (!Number.isInteger(remaining) || remaining < 0) throw new RangeError('remaining must be a count');
  const refused = checkBasis(weeklyThroughput, input.minHistoryDays ?? DEFAULT_MIN_HISTORY_DAYS, 7, 'week');
  if (refused) return refused;
  const growth = weeklyCreated ? cumulativeTrend(weeklyCreated) : 0;
  const sorted = [...weeklyThroughput].sort((a, b) => a - b);
  const scenario = (p: number): Scenario => {
    const ratePerWeek = nearestRank(sorted, p)!;
    if (remaining === 0) return { ratePerWeek, weeks: 0, days: 0 };
    if (ratePerWeek <= growth) return { ratePerWeek, weeks: null, days: null };
    const weeks = remaining / (ratePerWeek - growth);
    // The epsilon keeps float noise (14.000000000000002) from adding a day.
    return { ratePerWeek, weeks, days: Math.ceil(weeks * 7 - 1e-9) };
  };
  return {
    ok: true,
    remaining,
    growthPerWeek: growth,
    weeks: weeklyThroughput.length,
    scenarios: {
      optimistic: scenario(SCENARIO_PERCENTILES.optimistic),
      likely: scenario(SCENARIO_PERCENTILES.likely),
      pessimistic: scenario(SCENARIO_PERCENTILES.pessimistic),
    },
  };
}
