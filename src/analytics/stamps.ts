/**
 * One card's walk through its statuses, in time order, giving its stamps and visits. The rules (DESIGN §4
 * and issue 4):
 *
 * - **C** (created) is the card's `createdAt`.
 * - **S** (started) is stamped when the card enters an In progress role while it has no S: from Not
 *   started, from Information, or at creation. Moves among In progress statuses keep S. A move back to Not
 *   started clears S, so S is the *last* start from Not started. Moving into Information or Cancelled keeps S.
 * - **D** (done) is stamped when the card enters a Completed role from any other role; moves between two
 *   Completed statuses keep it. Leaving the Completed role (a reopen) clears D until it completes again.
 * - A card that reaches Completed without S is *skipped*: S = D. If it is reopened, that borrowed S goes
 *   too, and the card starts afresh.
 * - A card whose last status is Cancelled is *cancelled*: it is reported apart, never in times or throughput.
 * - A **backward move** goes to a status earlier in the board order (or, with no order, to a lower role:
 *   Completed → In progress → Not started). Moves into or out of Information and Cancelled statuses are side
 *   moves, never backward.
 *
 * The rules are written once, over numbers, in `cardWalk.ts`; `stampCard` adapts these objects to it.
 */
import type { StatusRole } from '../domain/records/status.ts';
import { newWalkResult, PHASES, roleCode, visitColumns, walkCard, type StatusCodes } from './cardWalk.ts';
import type { StatusChange } from './types.ts';

/** Where a card stands after a change: its phase drives WIP. */
export type Phase = 'not_started' | 'in_progress' | 'done' | 'cancelled';

/** A stay in one status from `from` until `to` (epoch ms; `Infinity` while it is the card's status). */
export interface Visit {
  statusId: string;
  from: number;
  to: number;
  phase: Phase;
}

export interface CardStamps {
  id: string;
  /** C, epoch ms. */
  created: number;
  /** S, epoch ms, or null when not started. */
  started: number | null;
  /** D, epoch ms, or null when not done. */
  done: number | null;
  /** Reached Completed without passing In progress (S = D). */
  skipped: boolean;
  /** The card's current status, or null when it has no status change at all. */
  statusId: string | null;
  phase: Phase;
  backwardMoves: number;
  visits: Visit[];
}

/** Rank of each status for backward moves; statuses without a rank (Information, Cancelled) are absent. */
export function statusRanks(
  statuses: Readonly<Record<string, StatusRole>>,
  order: readonly string[] | undefined,
): Map<string, number> {
  const ranked = (role: StatusRole) =>
    role === 'not_started' || role === 'in_progress' || role === 'completed';
  const ranks = new Map<string, number>();
  if (order) {
    order.forEach((id, index) => {
      const role = statuses[id];
      if (role && ranked(role)) ranks.set(id, index);
    });
  }
  for (const [id, role] of Object.entries(statuses)) {
    // A status missing from the board order falls back to its role's rank, after every ordered status.
    if (ranked(role) && !ranks.has(id)) {
      const roleRank = role === 'not_started' ? 0 : role === 'in_progress' ? 1 : 2;
      ranks.set(id, order ? order.length + roleRank : roleRank);
    }
  }
  return ranks;
}

/**
 * Walks `changes` (this card's, sorted by time, all to known statuses) and returns the card's stamps and
 * visits. A change to the status the card is already in is no move and is ignored.
 */
export function stampCard(
  id: string,
  created: number,
  changes: readonly StatusChange[],
  roles: ReadonlyMap<string, StatusRole>,
  ranks: ReadonlyMap<string, number>,
): CardStamps {
  // Number the statuses this card visits and walk them through the one implementation of the rules.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const at = new Float64Array(changes.length);
  const status = new Int32Array(changes.length);
  changes.forEach((change, i) => {
    let s = index.get(change.toStatusId);
    if (s === undefined) {
      index.set(change.toStatusId, (s = ids.length));
      ids.push(change.toStatusId);
    }
    at[i] = change.at;
    status[i] = s;
  });
  const codes: StatusCodes = {
    role: Uint8Array.from(ids, (s) => roleCode(roles.get(s))),
    rank: Float64Array.from(ids, (s) => ranks.get(s) ?? Number.NaN),
  };
  const columns = visitColumns(changes.length);
  const result = newWalkResult();
  walkCard(at, status, 0, changes.length, codes, columns, 0, result);
  const visits: Visit[] = [];
  for (let v = 0; v < result.visits; v++) {
    visits.push({
      statusId: ids[columns.status[v]!]!,
      from: columns.from[v]!,
      to: columns.to[v]!,
      phase: PHASES[columns.phase[v]!]!,
    });
  }
  return {
    id,
    created,
    started: result.started,
    done: result.done,
    skipped: result.skipped,
    statusId: result.status < 0 ? null : ids[result.status]!,
    phase: PHASES[result.phase]!,
    backwardMoves: result.backwardMoves,
    visits,
  };
}
