// Bars of cards per whole day on a canvas (uPlot), for the lead, reaction and cycle time histograms.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartColours, themedAxes, useColourScheme } from './chartTheme';
import type { HistogramBin } from './histogram';
import { keepChart } from './keepChart';

const HEIGHT = 220;
/** Tick steps of the axes, whole numbers only: days on one, counts of cards on the other. */
const WHOLE_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000];

export function HistogramChart({ bins, label }: { bins: readonly HistogramBin[]; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const bars = uPlot.paths.bars?.({ size: [0.8, 60] });
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 240),
        height: HEIGHT,
        scales: {
          x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] },
          y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.1] },
        },
        axes: themedAxes(chartColours(element), [
          // Bins are whole days: ticks on whole days only, never at the half days the range adds.
          { label: 'Days', incrs: WHOLE_STEPS },
          { label: 'Cards', incrs: WHOLE_STEPS },
        ]),
        series: [
          { label: 'Days' },
          {
            label: 'Cards',
            stroke: '#4c6ef5',
            fill: '#4c6ef5',
            points: { show: false },
            ...(bars ? { paths: bars } : {}),
          },
        ],
      },
      [bins.map((bin) => bin.days), bins.map((bin) => bin.cards)],
      element,
    );
    return keepChart(chart, element, { height: HEIGHT, minWidth: 240 });
  }, [bins, scheme]);
  return <div ref={host} className="flow-chart" role="img" aria-label={label} />;
}
