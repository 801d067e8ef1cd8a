// The aging WIP chart on a canvas (uPlot): a column per In progress status, a dot per open card at its age,
// and behind them the cycle-time percentile bands, so a card drifting into the red is seen before it is late.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { FlowPercentile } from '../../../analytics/index.ts';
import type { AgingColumn, AgingPoint } from './agingWip';
import { chartColours, themedAxes, useColourScheme } from './chartTheme';
import { formatDays } from './cycleTimes';
import { keepChart } from './keepChart';
import { useLatest } from '../../common/useLatest';

interface AgingWipChartProps {
  columns: readonly AgingColumn[];
  points: readonly AgingPoint[];
  percentiles: readonly { p: FlowPercentile; days: number | null }[];
  /** Clicking a dot opens its card. */
  onOpenCard: (cardId: string) => void;
}

const HEIGHT = 320;
/** Band below each percentile line, from the 50th (usual) to the 95th (rare); translucent on both themes. */
const BAND_COLOURS: Record<FlowPercentile, string> = {
  50: 'rgba(64, 192, 87, 0.22)',
  70: 'rgba(250, 176, 5, 0.22)',
  85: 'rgba(253, 126, 20, 0.22)',
  95: 'rgba(250, 82, 82, 0.22)',
};

export function AgingWipChart({ columns, points, percentiles, onOpenCard }: AgingWipChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  const openCard = useLatest(onOpenCard);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const colours = chartColours(element);
    const top = Math.max(1, ...points.map((point) => point.days), ...percentiles.map((p) => p.days ?? 0));
    // Percentiles that share a value (few finished cards) share one band edge and one label.
    const edges: { days: number; names: string[]; colour: string }[] = [];
    for (const { p, days } of percentiles) {
      if (days === null) continue;
      const edge = edges.at(-1);
      if (edge?.days === days) edge.names.push(`${p}th`);
      else edges.push({ days, names: [`${p}th`], colour: BAND_COLOURS[p] });
    }
    const drawBands = (chart: uPlot) => {
      const { ctx, bbox } = chart;
      ctx.save();
      ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      let below = 0;
      for (const { days, names, colour } of edges) {
        const y0 = chart.valToPos(below, 'y', true);
        const y1 = chart.valToPos(days, 'y', true);
        ctx.fillStyle = colour;
        ctx.fillRect(bbox.left, y1, bbox.width, y0 - y1);
        ctx.fillStyle = colours.text;
        ctx.fillText(`${names.join(', ')}: ${formatDays(days)} d`, bbox.left + bbox.width - 4, y1 - 2);
        below = days;
      }
      ctx.restore();
    };
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 320),
        height: HEIGHT,
        scales: {
          x: { time: false, range: () => [-0.5, Math.max(columns.length, 1) - 0.5] },
          y: { range: () => [0, top * 1.1] },
        },
        axes: themedAxes(colours, [
          {
            label: 'Status',
            splits: () => columns.map((_column, index) => index),
            values: (_u, splits) => splits.map((index) => columns[index]?.name ?? ''),
            grid: { show: false },
          },
          { label: 'Age (days)' },
        ]),
        hooks: { drawClear: [drawBands] },
        series: [
          {
            label: 'Status',
            value: (_u, _value, _series, index) =>
              index === null || !points[index] ? '—' : (columns[points[index].column]?.name ?? '—'),
          },
          {
            label: 'Card',
            stroke: '#3b5bdb',
            fill: '#3b5bdb',
            paths: () => null,
            points: { show: true, size: 8, fill: '#3b5bdb' },
            value: (_u, _value, _series, index) =>
              index === null || !points[index]
                ? '—'
                : `${points[index].title}: ${formatDays(points[index].days)} days`,
          },
        ],
      },
      [points.map((point) => point.x), points.map((point) => point.days)],
      element,
    );
    return keepChart(chart, element, {
      height: HEIGHT,
      onPointClick: (index) => {
        const point = points[index];
        if (point) openCard.current(point.cardId);
      },
    });
  }, [columns, points, percentiles, scheme]);

  return (
    <div
      ref={host}
      className="flow-chart"
      role="img"
      aria-label={`Age of ${points.length} ${points.length === 1 ? 'card' : 'cards'} in progress by status, with cycle-time percentile bands`}
    />
  );
}
