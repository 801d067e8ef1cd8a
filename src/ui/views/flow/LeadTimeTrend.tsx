import { Suspense, useMemo } from 'react';
import type { FlowReport } from '../../../analytics/index.ts';
import { formatDays } from './cycleTimes';
import { FlowSection } from './FlowSection';
import { TrendChart } from './lazyCharts';
import { leadTimeTrend } from './leadTrend';

/** WIP as shown: one decimal, enough to see a week's average move. */
const formatWip = (wip: number | null) => (wip === null ? '—' : wip.toFixed(1));

/** The average lead time of each week's finished cards, with the week's work in progress beside it. */
export function LeadTimeTrend({ report }: { report: FlowReport }) {
  const weeks = useMemo(() => leadTimeTrend(report), [report]);
  const done = weeks.reduce((sum, week) => sum + week.done, 0);
  const unit = report.working ? 'working days' : 'days';
  return (
    <FlowSection
      title="Lead time trend with WIP"
      summary={`Average lead time of the ${done} ${done === 1 ? 'card' : 'cards'} done per week (${unit}), and the average number of cards in progress at each day's end, over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}.`}
      csvName="lead-time-trend"
      csvRows={() => [
        ['Week of', 'Days', 'Cards done', 'Average lead time (days)', 'Average WIP', 'WIP at week end'],
        ...weeks.map((week) => [
          week.week,
          week.days,
          week.done,
          week.averageLead ?? '',
          week.averageWip ?? '',
          week.endWip ?? '',
        ]),
      ]}
      empty={weeks.length === 0}
    >
      <Suspense fallback={<div className="flow-chart flow-chart-loading" aria-busy="true" />}>
        <TrendChart weeks={weeks} label={`Average lead time and WIP per week over ${weeks.length} weeks`} />
      </Suspense>
      <div className="flow-table-scroll">
        <table className="flow-table" aria-label="Lead time trend with WIP by week">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Days</th>
              <th scope="col">Cards done</th>
              <th scope="col">Average lead time (days)</th>
              <th scope="col">Average WIP</th>
              <th scope="col">WIP at week end</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <th scope="row">{week.week}</th>
                <td>{week.days}</td>
                <td>{week.done}</td>
                <td>{formatDays(week.averageLead)}</td>
                <td>{formatWip(week.averageWip)}</td>
                <td>{week.endWip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </FlowSection>
  );
}
