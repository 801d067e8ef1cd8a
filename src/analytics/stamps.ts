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
 */
import type { StatusRole } from '../domain/records/status.ts';
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
  let started: number | null = null;
  let done: number | null = null;
  let skipped = false;
  let statusId: string | null = null;
  let role: StatusRole | null = null;
  let phase: Phase = 'not_started';
  let backwardMoves = 0;
  const visits: Visit[] = [];

  for (const change of changes) {
    const to = change.toStatusId;
    if (to === statusId) continue;
    const toRole = roles.get(to)!;
    const at = change.at;
    if (statusId !== null) {
      const fromRank = ranks.get(statusId);
      const toRank = ranks.get(to);
      if (fromRank !== undefined && toRank !== undefined && toRank < fromRank) backwardMoves++;
    }
    if (role === 'completed' && toRole !== 'completed') {
      done = null;
      if (skipped) started = null;
      skipped = false;
    }
    if (toRole === 'not_started') {
      started = null;
    } else if (toRole === 'in_progress') {
      if (started === null) started = at;
    } else if (toRole === 'completed' && role !== 'completed') {
      done = at;
      if (started === null) {
        started = at;
        skipped = true;
      }
    }
    phase =
      toRole === 'cancelled'
        ? 'cancelled'
        : done !== null
          ? 'done'
          : started !== null
            ? 'in_progress'
            : 'not_started';
    const last = visits[visits.length - 1];
    if (last) last.to = at;
    visits.push({ statusId: to, from: at, to: Infinity, phase });
    statusId = to;
    role = toRole;
  }
  return { id, created, started, done, skipped, statusId, phase, backwardMoves, visits };
}
