/**
 * Cumulative flow and WIP: snapshots taken at the end of each local day of the window (the state after
 * the day's last move, or as of the report's instant for that day). A card counts in the status it was in
 * at that moment; a visit that begins and ends within one day never shows. Every calendar day is listed,
 * working calendar or not: a snapshot exists on a Sunday too. Cards reported apart (cancelled, archived
 * unfinished) are left out of every day, as they are out of every other figure.
 *
 * Each visit adds +1 at its first day-end and −1 after its last (a difference array per status), so the
 * cost is one pass over the visits plus one over days × statuses.
 */
import { dayString, type FlowCalendar } from './calendar.ts';
import { isInProgress, PHASES, visitColumns, type VisitColumns } from './cardWalk.ts';
import type { Visit } from './stamps.ts';

export interface CfdDay {
  date: string;
  /** Cards in each status at the end of the day, by status id (every status of `statuses`, zeros included). */
  counts: Record<string, number>;
}

export interface Cfd {
  /** Status ids in board order: the bands of the chart, bottom (done) to top read right to left. */
  statuses: string[];
  days: CfdDay[];
}

export interface WipDay {
  date: string;
  /** Cards started and not done (nor cancelled) at the end of the day. */
  count: number;
}

/** CFD and WIP per day over `[first, last]` (day numbers) from the visits of the counted cards. */
export function flowSnapshots(
  cardVisits: readonly (readonly Visit[])[],
  statuses: readonly string[],
  calendar: FlowCalendar,
  first: number,
  last: number,
): { cfd: Cfd; wip: WipDay[] } {
  const index = new Map(statuses.map((id, i) => [id, i]));
  let count = 0;
  for (const visits of cardVisits) count += visits.length;
  const columns = visitColumns(count);
  let v = 0;
  for (const visits of cardVisits) {
    for (const visit of visits) {
      columns.status[v] = index.get(visit.statusId) ?? -1;
      columns.from[v] = visit.from;
      columns.to[v] = visit.to;
      columns.phase[v] = PHASES.indexOf(visit.phase);
      v++;
    }
  }
  return snapshotColumns(columns, count, statuses, calendar, first, last);
}

/**
 * {@link flowSnapshots} of visits `[0, count)` held in columns, their statuses indices into `statuses`;
 * what `computeFlow` calls, so no visit object is made.
 */
export function snapshotColumns(
  visits: VisitColumns,
  count: number,
  statuses: readonly string[],
  calendar: FlowCalendar,
  first: number,
  last: number,
): { cfd: Cfd; wip: WipDay[] } {
  const length = Math.max(0, last - first + 1);
  const index = new Map(statuses.map((id, i) => [id, i]));
  // A status listed twice counts in its last place, as its counts key is written last.
  const rowOf = statuses.map((id) => index.get(id)!);
  const diff = statuses.map(() => new Int32Array(length + 1));
  const wipDiff = new Int32Array(length + 1);
  // A card's next visit starts when its last one ends: the day found for an end is kept for that start.
  let endMs = Number.NaN;
  let endDay = 0;
  for (let v = 0; v < count; v++) {
    const from = visits.from[v]!;
    const to = visits.to[v]!;
    const a = Math.max(from === endMs ? endDay : calendar.dayOf(from), first);
    if (to !== Infinity) {
      endMs = to;
      endDay = calendar.dayOf(to);
    }
    // The card is elsewhere at the end of the day the visit ends on.
    const b = to === Infinity ? last : Math.min(endDay - 1, last);
    if (a > b) continue;
    const row = diff[rowOf[visits.status[v]!]!]!;
    row[a - first]!++;
    row[b - first + 1]!--;
    if (isInProgress(visits.phase[v]!)) {
      wipDiff[a - first]!++;
      wipDiff[b - first + 1]!--;
    }
  }
  const days: CfdDay[] = [];
  const wip: WipDay[] = [];
  const running = new Int32Array(statuses.length);
  let wipRunning = 0;
  for (let k = 0; k < length; k++) {
    const date = dayString(first + k);
    const counts: Record<string, number> = {};
    statuses.forEach((id, i) => {
      running[i]! += diff[i]![k]!;
      counts[id] = running[i]!;
    });
    wipRunning += wipDiff[k]!;
    days.push({ date, counts });
    wip.push({ date, count: wipRunning });
  }
  return { cfd: { statuses: [...statuses], days }, wip };
}
