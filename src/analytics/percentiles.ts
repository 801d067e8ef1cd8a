/**
 * Percentiles by nearest rank: the p-th percentile of n sorted values is `sorted[ceil(p·n) − 1]`, so it is
 * always a value that was observed and never an interpolation. `p` is taken in percent and the rank is
 * computed as `ceil(p·n / 100)` in integers, because `0.7 * 10` is 7.000000000000001 in floating point and
 * would pick the 8th value instead of the 7th.
 */

/** The percentiles every flow figure reports. */
export const FLOW_PERCENTILES = [50, 70, 85, 95] as const;
export type FlowPercentile = (typeof FLOW_PERCENTILES)[number];

/** Nearest-rank percentile of `sorted` (already in the order wanted); `p` in percent, (0, 100]. Null when empty. */
export function nearestRank<T>(sorted: ArrayLike<T>, p: number): T | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside (0, 100]`);
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p * n) / 100));
  return sorted[Math.min(rank, n) - 1]!;
}

/** Percentile table `{50, 70, 85, 95}` of unsorted numbers, ascending (values are null when there are none). */
export function percentiles(values: readonly number[]): Record<FlowPercentile, number | null> {
  const sorted = Float64Array.from(values).sort();
  return {
    50: nearestRank(sorted, 50),
    70: nearestRank(sorted, 70),
    85: nearestRank(sorted, 85),
    95: nearestRank(sorted, 95),
  };
}
