// The cycle-time scatterplot on a canvas (uPlot): a dot per completed card by completion time, and the
// 50/70/85/95 percentile lines across. Canvas because 10,000 SVG dots make the page crawl; the table view
// next to it is what assistive technology reads.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartColours, DATE_AXIS, themedAxes, useColourScheme } from './chartTheme';
import { paddedTimeRange } from './timeRange';
import type { FlowPercentile } from '../../../analytics/index.ts';
import { formatDays, type CycleTimePoint } from './cycleTimes';
import { keepChart } from './keepChart';
import { useLatest } from '../../common/useLatest';

interface CycleTimeScatterProps {
  points: readonly CycleTimePoint[];
  percentiles: readonly { p: FlowPercentile; days: number | null }[];
  /** Clicking a dot opens its card. */
  onOpenCard: (cardId: string) => void;
  /** IANA zone the time axis is labelled in: the report's, which may not be the browser's. */
  timeZone: string;
}

const HEIGHT = 320;
const LINE_COLOURS: Record<FlowPercentile, string> = {
  50: '#2f855a',
  70: '#b7791f',
  85: '#c05621',
  95: '#c53030',
};

export function CycleTimeScatter({ points, percentiles, onOpenCard, timeZone }: CycleTimeScatterProps) {
  const host = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  const openCard = useLatest(onOpenCard);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const xs = points.map((point) => point.completed / 1000);
    const data: uPlot.AlignedData = [
      xs,
      points.map((point) => point.days),
      ...percentiles.map(({ days }) => xs.map(() => days)),
    ];
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 320),
        height: HEIGHT,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), timeZone),
        scales: {
          x: { time: true, range: paddedTimeRange },
          y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.1] },
        },
        axes: themedAxes(chartColours(element), [DATE_AXIS, { label: 'Cycle time (days)' }]),
        series: [
          { label: 'Completed' },
          {
            label: 'Card',
            stroke: '#3b5bdb',
            fill: '#3b5bdb',
            paths: () => null,
            // Filled dots without an outline: stroking 10,000 circles was a third of the chart's drawing time.
            points: { show: true, size: 7, width: 0, fill: '#3b5bdb' },
            value: (_u, value, _series, index) =>
              index === null || index === undefined || !points[index]
                ? '—'
                : `${points[index].title}: ${formatDays(value)} days`,
          },
          ...percentiles.map(({ p, days }) => ({
            label: `${p}th percentile`,
            stroke: LINE_COLOURS[p],
            dash: [6, 4],
            width: 1,
            points: { show: false },
            // A line is the same at every date: its legend says its days with the pointer anywhere.
            value: () => (days === null ? '—' : `${formatDays(days)} days`),
          })),
        ],
      },
      data,
      element,
    );
    return keepChart(chart, element, {
      height: HEIGHT,
      onPointClick: (index) => {
        const point = points[index];
        if (point) openCard.current(point.cardId);
      },
    });
  }, [points, percentiles, timeZone, scheme]);

  return (
    <div
      ref={host}
      className="flow-chart"
      role="img"
      aria-label={`Cycle time of ${points.length} completed cards by completion date, with percentile lines`}
    />
  );
}
