/**
 * Percentiles by nearest rank: the p-th percentile of n sorted values is `sorted[ceil(p·n) − 1]`, so it is
 * always a value that was observed and never an interpolation. `p` is taken in percent and the rank is
 * computed as `ceil(p·n / 100)` in integers, because `0.7 * 10` is 7.000000000000001 in floating point and
 * would pick the 8th value instead of the 7th.
 */
import { selectIndex } from './select.ts';

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
 * {@link percentiles} of a typed array the caller owns, which it reorders: the four values are selected,
 * not sorted for (the same values as sorting, in linear time).
 */
export function percentilesOf(values: Float64Array): Record<FlowPercentile, number | null> {
  const n = values.length;
  if (n === 0) return { 50: null, 70: null, 85: null, 95: null };
  // Highest rank first: every value left of it then precedes it, so each next search is shorter.
  const k95 = rankIndex(n, 95);
  selectIndex(values, k95, 0, n - 1);
  const k85 = rankIndex(n, 85);
  selectIndex(values, k85, 0, k95);
  const k70 = rankIndex(n, 70);
  selectIndex(values, k70, 0, k85);
  const k50 = rankIndex(n, 50);
  selectIndex(values, k50, 0, k70);
  return { 50: values[k50]!, 70: values[k70]!, 85: values[k85]!, 95: values[k95]! };
}
