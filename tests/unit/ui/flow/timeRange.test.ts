// The time axis of the flow charts keeps a drawable range for one instant, whatever uPlot passes in.
import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { paddedTimeRange } from '../../../../src/ui/views/flow/timeRange';

const chartOf = (xs: number[]) => ({ data: [xs] }) as unknown as uPlot;

describe('the padded time range', () => {
  it('spans the x values', () => {
    expect(paddedTimeRange(chartOf([100, 5000, 90_000]), 0, 1e9)).toEqual([100, 90_000]);
  });

  it('widens a single instant to the day around it, even when uPlot passes a widened range', () => {
    // For one point uPlot passes [x, x + 86,400,000] on an axis in seconds.
    expect(paddedTimeRange(chartOf([1_794_222_000]), 1_794_222_000, 1_880_622_000)).toEqual([
      1_794_178_800, 1_794_265_200,
    ]);
    expect(paddedTimeRange(chartOf([50, 50, 50]), 50, 50)).toEqual([50 - 43_200, 50 + 43_200]);
  });

  it('widens instants seconds apart to the day around their middle, not a millisecond axis', () => {
    expect(paddedTimeRange(chartOf([1000, 1002]), 1000, 1002)).toEqual([1001 - 43_200, 1001 + 43_200]);
    expect(paddedTimeRange(chartOf([0, 86_400]), 0, 86_400)).toEqual([0, 86_400]);
  });

  it('uses the range it is given when the chart has no data yet', () => {
    expect(paddedTimeRange(chartOf([]), 10, 20)).toEqual([10, 20]);
  });
});
