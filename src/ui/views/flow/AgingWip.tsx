import { Suspense, useMemo } from 'react';
import type { FlowReport } from '../../../analytics/index.ts';
import { CardLink } from './CardLink';
import { agingWip, type AgingStatus } from './agingWip';
import { cycleTimePercentiles, formatDays, formatInstant } from './cycleTimes';
import { FlowSection } from './FlowSection';
import { AgingWipChart } from './lazyCharts';

interface AgingWipProps {
  spaceId: string;
  report: FlowReport;
  statuses: Readonly<Record<string, AgingStatus>>;
  titleOf: (cardId: string) => string;
  onOpenCard: (cardId: string) => void;
}

/** Aging WIP: the open started cards by status and age, against the cycle-time percentiles. */
export function AgingWip({ spaceId, report, statuses, titleOf, onOpenCard }: AgingWipProps) {
  const { columns, points } = useMemo(() => agingWip(report, statuses, titleOf), [report, statuses, titleOf]);
  const percentiles = useMemo(() => cycleTimePercentiles(report), [report]);
  const past85 = points.filter((point) => point.beyond !== null && point.beyond >= 85).length;
  const statusName = (index: number) => columns[index]?.name ?? '';
  const beyondText = (p: number | null) => (p === null ? '—' : `${p}th`);

  return (
    <FlowSection
      title="Aging work in progress"
      summary={
        points.length === 0
          ? 'No card is in progress: cards appear here once they are started and until they are done.'
          : `${points.length} ${points.length === 1 ? 'card' : 'cards'} in progress; ${past85} older than 85% of finished cards took. Ages as of ${formatInstant(report.asOf, report.timeZone)}.`
      }
      csvName="aging-wip"
      csvRows={() => [
        ['Card', 'Status', 'Started', 'Age (days)', 'Age (whole days)', 'Past percentile'],
        ...points.map((point) => [
          point.title,
          statusName(point.column),
          formatInstant(point.started, report.timeZone),
          point.days,
          point.wholeDays,
          point.beyond ?? '',
        ]),
      ]}
      empty={points.length === 0}
    >
      <Suspense fallback={<div className="flow-chart flow-chart-loading" aria-busy="true" />}>
        <AgingWipChart columns={columns} points={points} percentiles={percentiles} onOpenCard={onOpenCard} />
      </Suspense>
      <div className="flow-table-scroll">
        <table className="flow-table" aria-label="Aging work in progress by card">
          <thead>
            <tr>
              <th scope="col">Card</th>
              <th scope="col">Status</th>
              <th scope="col">Started</th>
              <th scope="col">Age (days)</th>
              <th scope="col">Past percentile</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.cardId}>
                <th scope="row">
                  <CardLink spaceId={spaceId} cardId={point.cardId} title={point.title} />
                </th>
                <td>{statusName(point.column)}</td>
                <td>{formatInstant(point.started, report.timeZone)}</td>
                <td>{formatDays(point.days)}</td>
                <td>{beyondText(point.beyond)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </FlowSection>
  );
}
