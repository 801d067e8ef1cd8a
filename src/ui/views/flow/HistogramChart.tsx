// Bars of cards per whole day on a canvas (uPlot), for the lead, reaction and cycle time histograms.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartColours, themedAxes, useColourScheme } from './chartTheme';
import type { HistogramBin } from './histogram';
import { keepChart } from './keepChart';

const HEIGHT = 220;

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
        axes: themedAxes(chartColours(element), [{ label: 'Days' }, { label: 'Cards' }]),
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
