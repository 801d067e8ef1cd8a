/**
 * Summary statistics for benchmark samples. Percentiles use the nearest-rank method, the same rule the flow
 * analytics use, so a p99 here is a value that was actually observed.
 */

/** Nearest-rank percentile of `sorted` (ascending). `p` is in percent (0–100]; NaN for no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Median of unsorted samples (nearest rank, so always one of the samples); NaN for none. */
export function median(samples: readonly number[]): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** p50/p95/p99/max of latency samples in ms. Sorts a copy; the input is left as it is. */
export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const asArray = Array.from(sorted);
  return {
    count: asArray.length,
    p50: percentile(asArray, 50),
    p95: percentile(asArray, 95),
    p99: percentile(asArray, 99),
    max: asArray.length === 0 ? Number.NaN : asArray[asArray.length - 1]!,
  };
}

/** Formats milliseconds with a precision that suits the size of the number. */
export function formatMs(ms: number): string {
  if (Number.isNaN(ms)) return '—';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms)} ms`;
}

/** Formats a byte count in MB (10^6 bytes), the unit the targets are stated in. */
export function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}
