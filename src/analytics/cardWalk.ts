/**
 * The stamp rules of `stamps.ts` over numbers: statuses are indices into a table of role codes and ranks,
 * and visits are written into typed columns. This is the one implementation of the rules: `stampCard`
 * adapts its objects to it, and `computeFlow` walks 100,000 changes through it without creating an object
 * per change or per visit (those objects, not the rules, were most of the report's time and garbage).
 */
import type { Phase } from './stamps.ts';
import type { StatusRole } from './types.ts';

/** Role codes. Information and any role the rules do not name are side statuses: they never stamp. */
export const NOT_STARTED = 0;
export const IN_PROGRESS = 1;
export const COMPLETED = 2;
export const SIDE = 3;
export const CANCELLED = 4;

/** Phase codes index this list. */
export const PHASES: readonly Phase[] = ['not_started', 'in_progress', 'done', 'cancelled'];
const PHASE_NOT_STARTED = 0;
const PHASE_IN_PROGRESS = 1;
const PHASE_DONE = 2;
const PHASE_CANCELLED = 3;

export function roleCode(role: StatusRole | undefined): number {
  switch (role) {
    case 'not_started':
      return NOT_STARTED;
    case 'in_progress':
      return IN_PROGRESS;
    case 'completed':
      return COMPLETED;
    case 'cancelled':
      return CANCELLED;
    default:
      return SIDE;
  }
}

/** Per status index: its role code, and its rank for backward moves (NaN: never backward). */
export interface StatusCodes {
  role: Uint8Array;
  rank: Float64Array;
}

/** Visits as columns; a visit's `to` is `Infinity` while it is the card's status. */
export interface VisitColumns {
  status: Int32Array;
  from: Float64Array;
  to: Float64Array;
  phase: Uint8Array;
}

/** A walk's outcome; one object is reused for every card. */
export interface WalkResult {
  started: number | null;
  done: number | null;
  skipped: boolean;
  /** Current status index, -1 when the card has no change. */
  status: number;
  phase: number;
  backwardMoves: number;
  /** Visits written. */
  visits: number;
}

export function newWalkResult(): WalkResult {
  return { started: null, done: null, skipped: false, status: -1, phase: 0, backwardMoves: 0, visits: 0 };
}

/**
 * Walks changes `[begin, end)` of `at`/`status` (one card's, in time order) and writes its visits into
 * `visits` from index `offset` on. A change to the status the card is already in is no move.
 */
export function walkCard(
  at: Float64Array,
  status: Int32Array,
  begin: number,
  end: number,
  codes: StatusCodes,
  visits: VisitColumns,
  offset: number,
  result: WalkResult,
): void {
  let started: number | null = null;
  let done: number | null = null;
  let skipped = false;
  let current = -1;
  let role = -1;
  let phase = PHASE_NOT_STARTED;
  let backwardMoves = 0;
  let n = offset;

  for (let i = begin; i < end; i++) {
    const to = status[i]!;
    if (to === current) continue;
    const toRole = codes.role[to]!;
    const when = at[i]!;
    // NaN ranks compare false, so moves into or out of unranked statuses are never backward.
    if (current >= 0 && codes.rank[to]! < codes.rank[current]!) backwardMoves++;
    if (role === COMPLETED && toRole !== COMPLETED) {
      done = null;
      if (skipped) started = null;
      skipped = false;
    }
    if (toRole === NOT_STARTED) {
      started = null;
    } else if (toRole === IN_PROGRESS) {
      if (started === null) started = when;
    } else if (toRole === COMPLETED && role !== COMPLETED) {
      done = when;
      if (started === null) {
        started = when;
        skipped = true;
      }
    }
    phase =
      toRole === CANCELLED
        ? PHASE_CANCELLED
        : done !== null
          ? PHASE_DONE
          : started !== null
            ? PHASE_IN_PROGRESS
            : PHASE_NOT_STARTED;
    if (n > offset) visits.to[n - 1] = when;
    visits.status[n] = to;
    visits.from[n] = when;
    visits.to[n] = Infinity;
    visits.phase[n] = phase;
    n++;
    current = to;
    role = toRole;
  }
  result.started = started;
  result.done = done;
  result.skipped = skipped;
  result.status = current;
  result.phase = phase;
  result.backwardMoves = backwardMoves;
  result.visits = n - offset;
}

/** Visit columns for up to `capacity` visits. */
export function visitColumns(capacity: number): VisitColumns {
  return {
    status: new Int32Array(capacity),
    from: new Float64Array(capacity),
    to: new Float64Array(capacity),
    phase: new Uint8Array(capacity),
  };
}

/** Whether phase code `phase` is In progress (WIP counts those visits). */
export const isInProgress = (phase: number): boolean => phase === PHASE_IN_PROGRESS;
export const isCancelled = (phase: number): boolean => phase === PHASE_CANCELLED;
