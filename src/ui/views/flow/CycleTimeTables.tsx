import type { MouseEvent } from 'react';
import type { FlowPercentile } from '../../../analytics/index.ts';
import { cardPath, navigate } from '../../shell/route';
import { formatDays, formatInstant, type CycleTimePoint } from './cycleTimes';

interface CycleTimeTablesProps {
  spaceId: string;
  points: readonly CycleTimePoint[];
  percentiles: readonly { p: FlowPercentile; days: number | null }[];
  timeZone: string;
}

/** The table view of the cycle-time chart: its percentile lines, then every point, each linking to its card. */
export function CycleTimeTables({ spaceId, points, percentiles, timeZone }: CycleTimeTablesProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>, cardId: string) => {
    // A plain click stays in the app; a modified one (new tab) keeps the browser's behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(cardPath(spaceId, cardId));
  };
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
                <a href={cardPath(spaceId, point.cardId)} onClick={(event) => open(event, point.cardId)}>
                  {point.title}
                </a>
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
