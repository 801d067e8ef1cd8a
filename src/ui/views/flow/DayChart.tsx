// A chart over the days of the report's window on a canvas (uPlot): stacked areas for the cumulative flow,
// bars for the throughput. Dates are local days already, so the axis is drawn in UTC to show them as they
// are rather than shifted by the browser's offset.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartColours, DATE_AXIS, themedAxes, useColourScheme } from './chartTheme';
import { paddedTimeRange } from './timeRange';
import { keepChart } from './keepChart';

export interface DaySeries {
  label: string;
  colour: string;
  /** One value per date (for stacked areas: the band's top, i.e. the running sum). */
  values: readonly number[];
  /** What the legend shows on hover, per date (the band's own count); `values` when absent. */
  shown?: readonly number[];
}

interface DayChartProps {
  /** `YYYY-MM-DD`, ascending. */
  dates: readonly string[];
  series: readonly DaySeries[];
  kind: 'areas' | 'bars';
  yLabel: string;
  label: string;
}

const HEIGHT = 300;

export function DayChart({ dates, series, kind, yLabel, label }: DayChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const xs = dates.map((date) => Date.parse(`${date}T00:00:00Z`) / 1000);
    const bars = uPlot.paths.bars?.({ size: [0.6, 40] });
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 320),
        height: HEIGHT,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: {
          x: { time: true, range: paddedTimeRange },
          y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.1] },
        },
        axes: themedAxes(chartColours(element), [DATE_AXIS, { label: yLabel }]),
        series: [
          { label: 'Date' },
          ...series.map((s) => ({
            label: s.label,
            stroke: s.colour,
            fill: kind === 'areas' ? `${s.colour}cc` : s.colour,
            width: kind === 'areas' ? 1 : 0,
            points: { show: false },
            ...(kind === 'bars' && bars ? { paths: bars } : {}),
            value: (_u: uPlot, value: number | null, _series: number, index: number | null) =>
              index === null ? '—' : String(s.shown?.[index] ?? value ?? '—'),
          })),
        ],
      },
      [xs, ...series.map((s) => [...s.values])],
      element,
    );
    return keepChart(chart, element, { height: HEIGHT });
  }, [dates, series, kind, yLabel, scheme]);
  return <div ref={host} className="flow-chart" role="img" aria-label={label} />;
}
