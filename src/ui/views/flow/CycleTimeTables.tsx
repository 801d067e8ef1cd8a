import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { FlowPercentile } from '../../../analytics/index.ts';
import { CardLink } from './CardLink';
import { formatDays, formatInstant, type CycleTimePoint } from './cycleTimes';
import './cycleTimeTables.css';

/**
 * Above this many cards the by-card table draws only the rows in its scroll box (plus a margin): a space
 * with 10,000 done cards would otherwise put 10,000 rows, and as many time formattings, into the page.
 */
export const VIRTUALIZE_ROWS_FROM = 100;
/** One line of 12 px text with its padding and border; real heights are measured once a row is drawn. */
const ESTIMATED_ROW_PX = 25;

interface CycleTimeTablesProps {
  spaceId: string;
  points: readonly CycleTimePoint[];
  percentiles: readonly { p: FlowPercentile; days: number | null }[];
  timeZone: string;
}

/** The table view of the cycle-time chart: its percentile lines, then every point, each linking to its card. */
export function CycleTimeTables({ spaceId, points, percentiles, timeZone }: CycleTimeTablesProps) {
  const rows = { spaceId, points, timeZone };
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
      {points.length >= VIRTUALIZE_ROWS_FROM ? <VirtualCardTable {...rows} /> : <CardTable {...rows} />}
    </div>
  );
}

interface CardTableProps {
  spaceId: string;
  points: readonly CycleTimePoint[];
  timeZone: string;
}

const CARD_TABLE = 'Cycle time by card';

/** `counted`: the table gives row indexes, as only some of its rows are drawn. */
function CardTableHead({ counted = false }: { counted?: boolean }) {
  return (
    <thead>
      <tr aria-rowindex={counted ? 1 : undefined}>
        <th scope="col">Card</th>
        <th scope="col">Completed</th>
        <th scope="col">Cycle time (days)</th>
      </tr>
    </thead>
  );
}

/** One card's row; `rowIndex` is its place among all rows (header 1) when only some are drawn. */
function CardRow({
  point,
  spaceId,
  timeZone,
  rowIndex,
  measureRef,
}: Omit<CardTableProps, 'points'> & {
  point: CycleTimePoint;
  rowIndex?: number;
  measureRef?: (element: HTMLTableRowElement | null) => void;
}) {
  return (
    // The virtualizer reads a measured row's place among the cards (0-based) from `data-index`.
    <tr
      ref={measureRef}
      aria-rowindex={rowIndex}
      data-index={rowIndex === undefined ? undefined : rowIndex - 2}
    >
      <th scope="row">
        <CardLink spaceId={spaceId} cardId={point.cardId} title={point.title} />
      </th>
      <td>{formatInstant(point.completed, timeZone)}</td>
      <td>{formatDays(point.days)}</td>
    </tr>
  );
}

function CardTable({ points, ...row }: CardTableProps) {
  return (
    <table className="flow-table" aria-label={CARD_TABLE}>
      <CardTableHead />
      <tbody>
        {points.map((point) => (
          <CardRow key={point.cardId} point={point} {...row} />
        ))}
      </tbody>
    </table>
  );
}

/**
 * The same table, drawing only the rows in view. It stays one `table`: `aria-rowcount` gives the number of
 * rows and each drawn row its `aria-rowindex`, so a screen reader still says "row 4,012 of 10,001"; the
 * space of the rows not drawn is held by two hidden spacer rows.
 */
function VirtualCardTable({ points, ...row }: CardTableProps) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: points.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => points[index]?.cardId ?? index,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start : 0;
  const after = last ? Math.max(0, virtualizer.getTotalSize() - last.end) : 0;
  return (
    <div ref={scroller} className="flow-table-scroll cycle-table-scroll">
      <table className="flow-table" aria-label={CARD_TABLE} aria-rowcount={points.length + 1}>
        <CardTableHead counted />
        <tbody>
          {before > 0 && <Spacer height={before} />}
          {items.map((item) => {
            const point = points[item.index];
            if (!point) return null;
            return (
              <CardRow
                key={point.cardId}
                point={point}
                rowIndex={item.index + 2}
                measureRef={virtualizer.measureElement}
                {...row}
              />
            );
          })}
          {after > 0 && <Spacer height={after} />}
        </tbody>
      </table>
    </div>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="cycle-table-spacer">
      <td colSpan={3} style={{ height }} />
    </tr>
  );
}
