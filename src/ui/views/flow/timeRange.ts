import type uPlot from 'uplot';

const HALF_DAY_S = 43_200;

/**
 * The x range of a time axis (seconds) that stays drawable when every point falls on one instant — a
 * space whose cards were all completed in the same minute, a report of a single day: uPlot draws nothing,
 * not even its axes, for an empty range, so such a range is widened to the day around it.
 */
export function paddedTimeRange(_chart: uPlot, min: number, max: number): uPlot.Range.MinMax {
  return min === max ? [min - HALF_DAY_S, max + HALF_DAY_S] : [min, max];
}
