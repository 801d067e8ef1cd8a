import type { FlowPercentile } from '../../../analytics/index.ts';
import { CardLink } from './CardLink';
import { formatDays, formatInstant, type CycleTimePoint } from './cycleTimes';

interface CycleTimeTablesProps {
  spaceId: string;
  points: readonly CycleTimePoint[];
  percentiles: readonly { p: FlowPercentile; days: number | null }[];
  timeZone: string;
}

/** The table view of the cycle-time chart: its percentile lines, then every point, each linking to its card. */
export function CycleTimeTables({ spaceId, points, percentiles, timeZone }: CycleTimeTablesProps) {
  return (
    <div className="flow-tables">
      <table className="flow-table" aria-label="Cycle time percentiles">
        <thead>
          <tr>
            <th scope="col">Percentile</th>
            <th scope="col">Cycle time (days)</th>
          </tr>
        </thead>
        <tbody>
          {percentiles.map(({ p, days }) => (
            <tr key={p}>
              <th scope="row">{p}th</th>
              <td>{formatDays(days)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="flow-table" aria-label="Cycle time by card">
        <thead>
          <tr>
            <th scope="col">Card</th>
            <th scope="col">Completed</th>
            <th scope="col">Cycle time (days)</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.cardId}>
              <th scope="row">
                <CardLink spaceId={spaceId} cardId={point.cardId} title={point.title} />
              </th>
              <td>{formatInstant(point.completed, timeZone)}</td>
              <td>{formatDays(point.days)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
