/**
 * Monte Carlo forecasts from daily throughput. Each trial builds a future by drawing, for every day ahead,
 * one past day's throughput at random (with replacement; zero days included, since days when nothing
 * finished are part of how the team works). 10,000 trials by default, from a seeded generator: the same
 * inputs give the same answer.
 *
 * - "When will N be done": per trial, the number of days until the drawn throughput adds up to N. The
 *   p-th percentile (nearest rank, ascending) is a day count that p % of the trials finished within.
 * - "How many by then": per trial, the sum of `days` draws. Read as "at least": results are sorted
 *   descending, so the p-th percentile is a count that p % of the trials reached or passed.
 *
 * A day here is whatever the basis is made of: calendar days, or working days with a working calendar.
 */
import { FLOW_PERCENTILES, nearestRank, type FlowPercentile } from '../percentiles.ts';
import { DEFAULT_SEED, seededRandom } from '../random.ts';
import { DEFAULT_MIN_HISTORY_DAYS, checkBasis, type NoForecast } from './basis.ts';

export const DEFAULT_TRIALS = 10_000;
/** A trial that has not finished after this many days (about 27 years of calendar days) stops there. */
export const DEFAULT_HORIZON_DAYS = 10_000;

export interface MonteCarloOptions {
  /** Trials to run; default 10,000. */
  trials?: number;
  /** PRNG seed (32-bit integer); default {@link DEFAULT_SEED}. */
  seed?: number;
  /** Days of history required; default 10. */
  minHistoryDays?: number;
  /** Days after which a "when" trial gives up and counts as not finishing; default 10,000. */
  horizonDays?: number;
}

export interface WhenForecast {
  ok: true;
  items: number;
  trials: number;
  /** Days from the start until done, by percentile; null when that percentile lies beyond the horizon. */
  days: Record<FlowPercentile, number | null>;
}

export interface HowManyForecast {
  ok: true;
  days: number;
  trials: number;
  /** Items done in `days` days at least, by percentile. */
  items: Record<FlowPercentile, number>;
}

function settings(options: MonteCarloOptions) {
  const trials = options.trials ?? DEFAULT_TRIALS;
  if (!Number.isInteger(trials) || trials < 1) throw new RangeError(`trials must be a positive integer`);
  return {
    trials,
    random: seededRandom(options.seed ?? DEFAULT_SEED),
    minHistoryDays: options.minHistoryDays ?? DEFAULT_MIN_HISTORY_DAYS,
    horizon: options.horizonDays ?? DEFAULT_HORIZON_DAYS,
  };
}

/** "When will `items` cards be done", from `basis` = cards done per past day (zeros included). */
export function monteCarloWhen(
  basis: readonly number[],
  items: number,
  options: MonteCarloOptions = {},
): WhenForecast | NoForecast {
  if (!Number.isInteger(items) || items < 1) throw new RangeError(`items must be a positive integer`);
  const { trials, random, minHistoryDays, horizon } = settings(options);
  const refused = checkBasis(basis, minHistoryDays);
  if (refused) return refused;
  const results = new Float64Array(trials);
  const busy = Int32Array.from(basis.filter((count) => count > 0));
  const zeroShare = 1 - busy.length / basis.length;
  if (zeroShare === 0) {
    const n = busy.length;
    for (let t = 0; t < trials; t++) {
      let done = 0;
      let day = 0;
      while (done < items && day < horizon) {
        done += busy[(random() * n) | 0]!;
        day++;
      }
      results[t] = done >= items ? day : Infinity;
    }
  } else {
    // A sparse basis (a card every few days) would take thousands of draws per trial, most of them zero:
    // the run of zero days before the next busy day is drawn at once instead, from its geometric
    // distribution (each day is zero with probability `zeroShare`), then a busy day's count. The days and
    // counts come out distributed exactly as day-by-day draws would make them.
    const logZero = Math.log(zeroShare);
    const n = busy.length;
    for (let t = 0; t < trials; t++) {
      let done = 0;
      let day = 0;
      while (done < items && day < horizon) {
        // 1 − random() is in (0, 1], so the logarithm is finite.
        day += Math.floor(Math.log(1 - random()) / logZero) + 1;
        done += busy[(random() * n) | 0]!;
      }
      results[t] = done >= items && day <= horizon ? day : Infinity;
    }
  }
  results.sort();
  const sorted = Array.from(results);
  const days = {} as Record<FlowPercentile, number | null>;
  for (const p of FLOW_PERCENTILES) {
    const value = nearestRank(sorted, p)!;
    days[p] = value === Infinity ? null : value;
  }
  return { ok: true, items, trials, days };
}

/** "How many cards will be done in `days` days", from `basis` = cards done per past day (zeros included). */
export function monteCarloHowMany(
  basis: readonly number[],
  days: number,
  options: MonteCarloOptions = {},
): HowManyForecast | NoForecast {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer`);
  const { trials, random, minHistoryDays } = settings(options);
  const refused = checkBasis(basis, minHistoryDays);
  if (refused) return refused;
  const draws = Int32Array.from(basis);
  const n = draws.length;
  const results = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    let done = 0;
    for (let d = 0; d < days; d++) done += draws[(random() * n) | 0]!;
    results[t] = done;
  }
  // Descending: the p-th percentile is what p % of the trials reached at least.
  results.sort().reverse();
  const sorted = Array.from(results);
  const items = {} as Record<FlowPercentile, number>;
  for (const p of FLOW_PERCENTILES) items[p] = nearestRank(sorted, p)!;
  return { ok: true, days, trials, items };
}
