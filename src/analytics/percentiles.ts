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
 * {@link percentiles} of a typed array the caller owns, which it may reorder: the four values are counted
 * (small integers, such as whole days) or selected, never sorted for (the same values as sorting, in
 * linear time).
 */
export function percentilesOf(values: Float64Array): Record<FlowPercentile, number | null> {
  const n = values.length;
  if (n === 0) return { 50: null, 70: null, 85: null, 95: null };
  const k50 = rankIndex(n, 50);
  const k70 = rankIndex(n, 70);
  const k85 = rankIndex(n, 85);
  const k95 = rankIndex(n, 95);
  const counted = countedRanks(values, k50, k70, k85, k95);
  if (counted) return counted;
  // The median first: the three higher ranks then lie in the upper half, and each next search lies
  // between two values already in place, which is about half the work of searching from the top down.
  selectIndex(values, k50, 0, n - 1);
  if (k95 > k50) selectIndex(values, k95, k50 + 1, n - 1);
  if (k85 > k50 && k85 < k95) selectIndex(values, k85, k50 + 1, k95 - 1);
  if (k70 > k50 && k70 < k85) selectIndex(values, k70, k50 + 1, k85 - 1);
  return { 50: values[k50]!, 70: values[k70]!, 85: values[k85]!, 95: values[k95]! };
}

/**
 * The values at sorted indexes `k50 ≤ k70 ≤ k85 ≤ k95`, by counting, when every value is an integer (−0
 * excepted, which sorts apart from 0) in a range not much wider than the number of values; else null.
 */
function countedRanks(
  values: Float64Array,
  k50: number,
  k70: number,
  k85: number,
  k95: number,
): Record<FlowPercentile, number> | null {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    // `v | 0` is v for the integers of 32 bits, and never for NaN or a fraction.
    if ((v | 0) !== v || (v === 0 && 1 / v < 0)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min + 1;
  if (span > 4 * n + 64) return null;
  const counts = new Int32Array(span);
  for (let i = 0; i < n; i++) counts[values[i]! - min]!++;
  const ranks = [k50, k70, k85, k95];
  const found = [0, 0, 0, 0];
  let r = 0;
  let seen = 0;
  for (let v = 0; v < span && r < 4; v++) {
    seen += counts[v]!;
    // Index k holds this value when fewer than k + 1 values are smaller and at least k + 1 are not larger.
    while (r < 4 && ranks[r]! < seen) found[r++] = v + min;
  }
  return { 50: found[0]!, 70: found[1]!, 85: found[2]!, 95: found[3]! };
}
