import type uPlot from 'uplot';

const HALF_DAY_S = 43_200;

/**
 * The x range of a time axis (seconds), at least a day wide. Every point may fall on one instant or within
 * seconds — a space whose cards were all completed in the same minute, a report of a single day, a filter
 * that keeps one card: uPlot draws nothing, not even its axes, for an empty range, and labels a range of
 * seconds in milliseconds, so a range shorter than a day is widened to the day around its middle. The range is read from the x values (ascending, as uPlot needs them) rather than from
 * `min`/`max`: for a single point uPlot passes a range it has already widened, by 1,000 days on an axis in
 * seconds.
 */
export function paddedTimeRange(chart: uPlot, min: number, max: number): uPlot.Range.MinMax {
  const xs = chart.data?.[0];
  if (!xs || xs.length === 0) return [min, max];
  const first = xs[0]!;
  const last = xs[xs.length - 1]!;
  if (last - first >= 2 * HALF_DAY_S) return [first, last];
  const middle = (first + last) / 2;
  return [middle - HALF_DAY_S, middle + HALF_DAY_S];
}
