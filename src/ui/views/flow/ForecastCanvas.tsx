// The Forecast Chart on a canvas (uPlot): cards done and the total scope so far as solid lines, then the
// three scenarios and the projected scope as dashed lines from today to their dates. Dates are local days
// already, so the axis is drawn in UTC to show them as they are rather than shifted by the browser's offset.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ForecastChartData } from './forecast';
import { formatCards } from './forecast';
import { paddedTimeRange } from './timeRange';
import { chartColours, DATE_AXIS, themedAxes, useColourScheme } from './chartTheme';
import { keepChart } from './keepChart';

const HEIGHT = 320;

type SeriesKey = ForecastChartData['series'][number]['key'];

/** Colour and dash of each line: what happened is solid, what may happen is dashed. */
const LOOK: Record<SeriesKey, { colour: string; dash?: number[] }> = {
  done: { colour: '#2f9e44' },
  total: { colour: '#3b5bdb' },
  optimistic: { colour: '#2f855a', dash: [6, 4] },
  likely: { colour: '#b7791f', dash: [6, 4] },
  pessimistic: { colour: '#c53030', dash: [6, 4] },
  scope: { colour: '#3b5bdb', dash: [2, 4] },
};

export function ForecastCanvas({ data, label }: { data: ForecastChartData; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const xs = data.dates.map((date) => Date.parse(`${date}T00:00:00Z`) / 1000);
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 320),
        height: HEIGHT,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: {
          x: { time: true, range: paddedTimeRange },
          y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.1] },
        },
        axes: themedAxes(chartColours(element), [DATE_AXIS, { label: 'Cards' }]),
        series: [
          { label: 'Date' },
          ...data.series.map((s) => ({
            label: s.label,
            stroke: LOOK[s.key].colour,
            width: 2,
            ...(LOOK[s.key].dash ? { dash: LOOK[s.key].dash } : {}),
            // A scenario has values at its two ends only; the line joins them across the dates between.
            spanGaps: true,
            points: { show: false },
            value: (_u: uPlot, value: number | null) => (value === null ? '—' : formatCards(value)),
          })),
        ],
      },
      [xs, ...data.series.map((s) => [...s.values])],
      element,
    );
    return keepChart(chart, element, { height: HEIGHT });
  }, [data, scheme]);
  return <div ref={host} className="flow-chart" role="img" aria-label={label} />;
}
