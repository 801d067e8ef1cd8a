import type uPlot from 'uplot';

const HALF_DAY_S = 43_200;

/**
 * The x range of a time axis (seconds) that stays drawable when every point falls on one instant — a
 * space whose cards were all completed in the same minute, a report of a single day, a filter that keeps
 * one card: uPlot draws nothing, not even its axes, for an empty range, so such a range is widened to the
 * day around it. The range is read from the x values (ascending, as uPlot needs them) rather than from
 * `min`/`max`: for a single point uPlot passes a range it has already widened, by 1,000 days on an axis in
 * seconds.
 */
export function paddedTimeRange(chart: uPlot, min: number, max: number): uPlot.Range.MinMax {
  const xs = chart.data?.[0];
  const first = xs && xs.length > 0 ? xs[0]! : min;
  const last = xs && xs.length > 0 ? xs[xs.length - 1]! : max;
  return first === last ? [first - HALF_DAY_S, last + HALF_DAY_S] : [first, last];
}
