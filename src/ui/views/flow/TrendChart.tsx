// The average lead time trend with WIP on a canvas (uPlot): lead time on the left axis, WIP on the right,
// one point per week. Weeks are local Mondays already, so the axis is drawn in UTC, as in DayChart.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartColours, DATE_AXIS, themedAxes, useColourScheme } from './chartTheme';
import { formatDays } from './cycleTimes';
import type { TrendWeek } from './leadTrend';
import { paddedTimeRange } from './timeRange';
import { keepChart } from './keepChart';

const HEIGHT = 300;
const LEAD_COLOUR = '#4c6ef5';
const WIP_COLOUR = '#e8590c';

export function TrendChart({ weeks, label }: { weeks: readonly TrendWeek[]; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const upFromZero: uPlot.Scale.Range = (_u, _min, max) => [0, Math.max(max ?? 0, 1) * 1.1];
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 320),
        height: HEIGHT,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: {
          x: { time: true, range: paddedTimeRange },
          lead: { range: upFromZero },
          wip: { range: upFromZero },
        },
        axes: themedAxes(chartColours(element), [
          DATE_AXIS,
          { scale: 'lead', label: 'Average lead time (days)' },
          { scale: 'wip', label: 'Average WIP (cards)', side: 1, grid: { show: false } },
        ]),
        series: [
          { label: 'Week of' },
          {
            label: 'Average lead time',
            scale: 'lead',
            stroke: LEAD_COLOUR,
            width: 2,
            points: { show: true, size: 6 },
            value: (_u, value) => `${formatDays(value)} days`,
          },
          {
            label: 'Average WIP',
            scale: 'wip',
            stroke: WIP_COLOUR,
            width: 2,
            dash: [6, 4],
            points: { show: true, size: 5 },
            value: (_u, value) => (value === null ? '—' : value.toFixed(1)),
          },
        ],
      },
      [
        weeks.map((week) => Date.parse(`${week.week}T00:00:00Z`) / 1000),
        weeks.map((week) => week.averageLead),
        weeks.map((week) => week.averageWip),
      ],
      element,
    );
    return keepChart(chart, element, { height: HEIGHT });
  }, [weeks, scheme]);
  return <div ref={host} className="flow-chart" role="img" aria-label={label} />;
}
