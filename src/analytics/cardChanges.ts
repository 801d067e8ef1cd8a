/**
 * Status changes grouped by card into typed columns, each card's changes contiguous and in time order,
 * changes at one instant in input order. Grouping is a counting sort by card (stable by construction), and
 * each card's few changes are then sorted by insertion; this replaces an array and a comparator sort per
 * card, whose objects and calls were a large part of the report's time.
 *
 * Bad input is counted, never fatal: a change for an unknown card or to an unknown status is left out, a
 * change after `asOf` is ignored, and one before its card's creation is taken as at the creation.
 */
import { float64Scratch, int32Scratch } from './scratch.ts';
import type { StatusChange } from './types.ts';

/**
 * Columns of a grouping, reused by the next one: {@link groupChanges}'s result is valid until it is
 * called again.
 */
const scratch = {
  cardOf: int32Scratch(),
  statusOf: int32Scratch(),
  atOf: float64Scratch(),
  at: float64Scratch(),
  status: int32Scratch(),
  start: int32Scratch(),
  next: int32Scratch(),
};

export interface CardChanges {
  /** Card `c`'s changes are `[start[c], start[c + 1])` of `at` and `status`. */
  start: Int32Array;
  /** Epoch ms. */
  at: Float64Array;
  /** Status index. */
  status: Int32Array;
  unknownCard: number;
  unknownStatus: number;
  early: number;
}

/** Above this many changes a card is sorted by the platform's sort rather than by insertion. */
const INSERTION_MAX = 32;

/**
 * Groups `changes` by card. `cardIndex` numbers the cards (0 … `createdAt.length` − 1), `createdAt` holds
 * each card's creation (epoch ms), `statusIndex` numbers the known statuses. The columns returned are
 * overwritten by the next call.
 */
export function groupChanges(
  changes: readonly StatusChange[],
  cardIndex: ReadonlyMap<string, number>,
  createdAt: Float64Array,
  statusIndex: ReadonlyMap<string, number>,
  asOf: number,
): CardChanges {
  const cardCount = createdAt.length;
  // One pass reads the change objects (scattered in memory); the rest works on these columns.
  const cardOf = scratch.cardOf.take(changes.length);
  const statusOf = scratch.statusOf.take(changes.length);
  const atOf = scratch.atOf.take(changes.length);
  const start = scratch.start.take(cardCount + 1).fill(0);
  let unknownCard = 0;
  let unknownStatus = 0;
  let early = 0;
  let kept = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const card = cardIndex.get(change.cardId);
    if (card === undefined) {
      unknownCard++;
      continue;
    }
    const status = statusIndex.get(change.toStatusId);
    if (status === undefined) unknownStatus++;
    else if (change.at <= asOf) {
      let when = change.at;
      if (when < createdAt[card]!) {
        early++;
        when = createdAt[card]!;
      }
      cardOf[kept] = card;
      statusOf[kept] = status;
      atOf[kept] = when;
      start[card + 1]!++;
      kept++;
    }
  }
  for (let c = 0; c < cardCount; c++) start[c + 1]! += start[c]!;

  const at = scratch.at.take(kept);
  const status = scratch.status.take(kept);
  const next = scratch.next.take(cardCount);
  next.set(start.subarray(0, cardCount));
  for (let k = 0; k < kept; k++) {
    const slot = next[cardOf[k]!]!++;
    at[slot] = atOf[k]!;
    status[slot] = statusOf[k]!;
  }
  for (let c = 0; c < cardCount; c++) sortByTime(at, status, start[c]!, start[c + 1]!);
  return { start, at, status, unknownCard, unknownStatus, early };
}

/** Stable sort of `[begin, end)` by `at`, moving `status` along. */
function sortByTime(at: Float64Array, status: Int32Array, begin: number, end: number): void {
  if (end - begin > INSERTION_MAX) {
    // Ties broken by position keep the input order whatever the platform's sort does.
    const order = Array.from({ length: end - begin }, (_, k) => begin + k);
    order.sort((a, b) => at[a]! - at[b]! || a - b);
    const times = order.map((k) => at[k]!);
    const statuses = order.map((k) => status[k]!);
    at.set(times, begin);
    status.set(statuses, begin);
    return;
  }
  for (let i = begin + 1; i < end; i++) {
    const when = at[i]!;
    const s = status[i]!;
    let j = i - 1;
    // Strictly greater: an equal time stays after, as in input order.
    while (j >= begin && at[j]! > when) {
      at[j + 1] = at[j]!;
      status[j + 1] = status[j]!;
      j--;
    }
    at[j + 1] = when;
    status[j + 1] = s;
  }
}
