import { Suspense, useMemo } from 'react';
import type { Cfd } from '../../../analytics/index.ts';
import type { DaySeries } from './DayChart';
import { FlowSection } from './FlowSection';
import { DayChart } from './lazyCharts';

const COLOURS = ['#868e96', '#4c6ef5', '#15aabf', '#fab005', '#be4bdb', '#40c057', '#fa5252'];

interface CumulativeFlowProps {
  cfd: Cfd;
  nameOf: (statusId: string) => string;
}

/** Cards in each status at each day's end, stacked in board order with the last status at the bottom. */
export function CumulativeFlow({ cfd, nameOf }: CumulativeFlowProps) {
  const dates = useMemo(() => cfd.days.map((day) => day.date), [cfd]);
  const series = useMemo<DaySeries[]>(
    () =>
      cfd.statuses.map((id, index) => ({
        label: nameOf(id),
        colour: COLOURS[index % COLOURS.length]!,
        // A band's top is its own count plus every band below it (the statuses to its right).
        values: cfd.days.map((day) =>
          cfd.statuses.slice(index).reduce((sum, below) => sum + (day.counts[below] ?? 0), 0),
        ),
        shown: cfd.days.map((day) => day.counts[id] ?? 0),
      })),
    [cfd, nameOf],
  );
  const header = ['Date', ...cfd.statuses.map(nameOf)];
  return (
    <FlowSection
      title="Cumulative flow"
      summary={`Cards in each status at the end of each day, ${dates[0] ?? ''} to ${dates.at(-1) ?? ''}.`}
      csvName="cumulative-flow"
      csvRows={() => [
        header,
        ...cfd.days.map((day) => [day.date, ...cfd.statuses.map((id) => day.counts[id] ?? 0)]),
      ]}
      empty={dates.length === 0}
    >
      <Suspense fallback={<div className="flow-chart flow-chart-loading" aria-busy="true" />}>
        <DayChart
          dates={dates}
          series={series}
          kind="areas"
          yLabel="Cards"
          label={`Cumulative flow of ${cfd.statuses.length} statuses over ${dates.length} days`}
        />
      </Suspense>
      <div className="flow-table-scroll">
        <table className="flow-table" aria-label="Cumulative flow by day">
          <thead>
            <tr>
              {header.map((name, index) => (
                <th key={index} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cfd.days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{day.date}</th>
                {cfd.statuses.map((id) => (
                  <td key={id}>{day.counts[id] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </FlowSection>
  );
}
