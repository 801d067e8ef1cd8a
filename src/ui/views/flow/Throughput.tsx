import { Suspense, useMemo } from 'react';
import type { DayCount } from '../../../analytics/index.ts';
import type { DaySeries } from './DayChart';
import { FlowSection } from './FlowSection';
import { DayChart } from './lazyCharts';

/** The throughput run chart: cards done per day of the window, days without any included as zeros. */
export function Throughput({ daily }: { daily: readonly DayCount[] }) {
  const dates = useMemo(() => daily.map((day) => day.date), [daily]);
  const series = useMemo<DaySeries[]>(
    () => [{ label: 'Cards done', colour: '#40c057', values: daily.map((day) => day.count) }],
    [daily],
  );
  const total = daily.reduce((sum, day) => sum + day.count, 0);
  return (
    <FlowSection
      title="Throughput"
      summary={`${total} ${total === 1 ? 'card' : 'cards'} done in ${daily.length} ${daily.length === 1 ? 'day' : 'days'}.`}
      csvName="throughput"
      csvRows={() => [['Date', 'Cards done'], ...daily.map((day) => [day.date, day.count])]}
      empty={daily.length === 0}
    >
      <Suspense fallback={<div className="flow-chart flow-chart-loading" aria-busy="true" />}>
        <DayChart
          dates={dates}
          series={series}
          kind="bars"
          yLabel="Cards done"
          label={`Cards done per day over ${daily.length} days`}
        />
      </Suspense>
      <div className="flow-table-scroll">
        <table className="flow-table" aria-label="Throughput by day">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Cards done</th>
            </tr>
          </thead>
          <tbody>
            {daily.map((day) => (
              <tr key={day.date}>
                <th scope="row">{day.date}</th>
                <td>{day.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </FlowSection>
  );
}
