// What the aging WIP chart and its table show: every open, started card at its status, by how long it has
// been in progress, against how long finished cards took. The ages and percentiles are the flow report's,
// so the chart and the cycle-time figures agree.
import { FLOW_PERCENTILES, type FlowPercentile, type FlowReport } from '../../../analytics/index.ts';

export interface AgingColumn {
  statusId: string;
  name: string;
}

export interface AgingPoint {
  cardId: string;
  title: string;
  statusId: string;
  /** Index of the card's column in {@link AgingWip.columns}. */
  column: number;
  /**
   * Horizontal place on the chart: the column index, spread by up to ±0.3 so cards of one column do not
   * hide each other. Ascending over the points, as the chart library needs.
   */
  x: number;
  /** S, epoch ms. */
  started: number;
  /** Age as of the report's instant (now − S), fractional days of the report's calendar. */
  days: number;
  /** Age in whole days, `(today − start day) + 1`. */
  wholeDays: number;
  /** The highest cycle-time percentile the age is past, or null when it is within the 50th. */
  beyond: FlowPercentile | null;
}

export interface AgingWip {
  /** The In progress statuses in board order, and any other status an aging card sits in. */
  columns: AgingColumn[];
  /** Columns left to right, the oldest card first within each. */
  points: AgingPoint[];
}

export interface AgingStatus {
  id: string;
  name: string;
  role: string;
  archived?: boolean;
}

/**
 * The aging WIP of `report`: cards with an age (started, not done, in an In progress role) placed in
 * `statuses` (any order; the report's board order is used). An archived status shows only if a card is in it.
 */
export function agingWip(
  report: FlowReport,
  statuses: Readonly<Record<string, AgingStatus>>,
  titleOf: (cardId: string) => string,
): AgingWip {
  const aging = report.cards.filter((card) => card.age !== null && card.started !== null);
  const occupied = new Set(aging.map((card) => card.statusId));
  const columns: AgingColumn[] = [];
  for (const id of report.cfd.statuses) {
    const status = statuses[id];
    const shown = status?.role === 'in_progress' && status.archived !== true;
    if (shown || occupied.has(id)) columns.push({ statusId: id, name: status?.name ?? id });
  }
  const columnOf = new Map(columns.map((column, index) => [column.statusId, index]));
  const byColumn: AgingPoint[][] = columns.map(() => []);
  for (const card of aging) {
    const column = columnOf.get(card.statusId ?? '');
    if (column === undefined) continue;
    byColumn[column]!.push({
      cardId: card.id,
      title: titleOf(card.id),
      statusId: card.statusId!,
      column,
      x: column,
      started: card.started!,
      days: card.age!.days,
      wholeDays: card.age!.wholeDays,
      beyond: beyondPercentile(card.age!.days, report),
    });
  }
  const points: AgingPoint[] = [];
  for (const list of byColumn) {
    list.sort((a, b) => b.days - a.days || (a.cardId < b.cardId ? -1 : 1));
    list.forEach((point, i) => {
      point.x = point.column + spread(i, list.length);
      points.push(point);
    });
  }
  return { columns, points };
}

/** Offset of the i-th of n cards in a column, evenly across −0.3…0.3 (0 for a single card). */
function spread(i: number, n: number): number {
  return n === 1 ? 0 : -0.3 + (0.6 * i) / (n - 1);
}

function beyondPercentile(days: number, report: FlowReport): FlowPercentile | null {
  let beyond: FlowPercentile | null = null;
  for (const p of FLOW_PERCENTILES) {
    const limit = report.cycle.days[p];
    if (limit !== null && days > limit) beyond = p;
  }
  return beyond;
}
