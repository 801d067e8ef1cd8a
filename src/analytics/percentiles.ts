/**
 * Percentiles by nearest rank: the p-th percentile of n sorted values is `sorted[ceil(p·n) − 1]`, so it is
 * always a value that was observed and never an interpolation. `p` is taken in percent and the rank is
 * computed as `ceil(p·n / 100)` in integers, because `0.7 * 10` is 7.000000000000001 in floating point and
 * would pick the 8th value instead of the 7th.
 */
import { valuesAtRanks } from './ranks.ts';

/** The percentiles every flow figure reports. */
export const FLOW_PERCENTILES = [50, 70, 85, 95] as const;
export type FlowPercentile = (typeof FLOW_PERCENTILES)[number];

/** Nearest-rank percentile of `sorted` (already in the order wanted); `p` in percent, (0, 100]. Null when empty. */
export function nearestRank<T>(sorted: ArrayLike<T>, p: number): T | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside (0, 100]`);
  const n = sorted.length;
  if (n === 0) return null;
  return sorted[rankIndex(n, p)]!;
}

/** 0-based index of the nearest-rank `p`-th percentile of `n` ≥ 1 values: `ceil(p·n / 100) − 1`. */
function rankIndex(n: number, p: number): number {
  return Math.min(Math.max(1, Math.ceil((p * n) / 100)), n) - 1;
}

/** Percentile table `{50, 70, 85, 95}` of unsorted numbers, ascending (values are null when there are none). */
export function percentiles(values: readonly number[]): Record<FlowPercentile, number | null> {
  return percentilesOf(Float64Array.from(values));
}

/**
 * {@link percentiles} of a typed array the caller owns, which it may reorder: the four values are counted
 * or found in buckets (`ranks.ts`), never sorted for, and are the values sorting would give.
 */
export function percentilesOf(values: Float64Array): Record<FlowPercentile, number | null> {
  const n = values.length;
  if (n === 0) return { 50: null, 70: null, 85: null, 95: null };
  const [v50, v70, v85, v95] = valuesAtRanks(
    values,
    FLOW_PERCENTILES.map((p) => rankIndex(n, p)),
  );
  return { 50: v50!, 70: v70!, 85: v85!, 95: v95! };
}
