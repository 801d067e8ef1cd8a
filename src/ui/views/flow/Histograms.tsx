import { Suspense, useMemo } from 'react';
import type { FlowReport } from '../../../analytics/index.ts';
import { FlowSection } from './FlowSection';
import { histogramBins, type HistogramMetric } from './histogram';
import { HistogramChart } from './lazyCharts';

const METRICS: { metric: HistogramMetric; title: string; what: string }[] = [
  { metric: 'lead', title: 'Lead time', what: 'from creation to done' },
  { metric: 'reaction', title: 'Reaction time', what: 'from creation to start' },
  { metric: 'cycle', title: 'Cycle time', what: 'from start to done' },
];

/** Histograms of lead, reaction and cycle time in whole days, each with its table and CSV. */
export function Histograms({ report }: { report: FlowReport }) {
  return (
    <>
      {METRICS.map(({ metric, title, what }) => (
        <Histogram key={metric} report={report} metric={metric} title={title} what={what} />
      ))}
    </>
  );
}

function Histogram({
  report,
  metric,
  title,
  what,
}: {
  report: FlowReport;
  metric: HistogramMetric;
  title: string;
  what: string;
}) {
  const bins = useMemo(() => histogramBins(report, metric), [report, metric]);
  const count = report[metric].count;
  const name = `${title} histogram`;
  return (
    <FlowSection
      title={name}
      summary={`${count} ${count === 1 ? 'card' : 'cards'} by whole days ${what}.`}
      csvName={`${metric}-time-histogram`}
      csvRows={() => [['Days', 'Cards'], ...bins.map((bin) => [bin.days, bin.cards])]}
      empty={bins.length === 0}
    >
      <Suspense fallback={<div className="flow-chart flow-chart-loading" aria-busy="true" />}>
        <HistogramChart bins={bins} label={`${name}: ${count} cards`} />
      </Suspense>
      <div className="flow-table-scroll">
        <table className="flow-table" aria-label={name}>
          <thead>
            <tr>
              <th scope="col">Days</th>
              <th scope="col">Cards</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.days}>
                <th scope="row">{bin.days}</th>
                <td>{bin.cards}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </FlowSection>
  );
}
