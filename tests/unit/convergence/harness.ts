/**
 * Replicas of one space that edit concurrently and then exchange their updates in every delivery order,
 * and the invariants every converged space must satisfy.
 */
import { expect } from 'vitest';
import * as Y from 'yjs';
import { scanColumnKeys } from '../../../src/domain/read/columnIndex.ts';
import {
  cardsInStatus,
  columnKeys,
  historyLength,
  orderedStatuses,
  readHistory,
  readSpace,
} from '../../../src/domain/index.ts';

/** All orderings of `items` (n! of them; used with n ≤ 4). */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** `count` replicas holding `base`'s state, with fixed client ids so runs are reproducible. */
export function replicasOf(base: Y.Doc, count: number): Y.Doc[] {
  const state = Y.encodeStateAsUpdate(base);
  return Array.from({ length: count }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = 1000 + i;
    Y.applyUpdate(doc, state);
    return doc;
  });
}

/** One concurrent round: what each replica changed since the round started and how many events it added. */
export interface Round {
  start: Uint8Array;
  updates: Uint8Array[];
  produced: number;
}

/** Runs `edit(replica, index)` on every (identical, synced) replica without exchanging anything yet. */
export function editConcurrently(replicas: Y.Doc[], edit: (doc: Y.Doc, index: number) => void): Round {
  const start = Y.encodeStateAsUpdate(replicas[0]!);
  const vectors = replicas.map((doc) => Y.encodeStateVector(doc));
  let produced = 0;
  replicas.forEach((doc, i) => {
    const before = historyLength(doc);
    edit(doc, i);
    produced += historyLength(doc) - before;
  });
  const updates = replicas.map((doc, i) => Y.encodeStateAsUpdate(doc, vectors[i]));
  return { start, updates, produced };
}

/**
 * Delivers the round's updates in every order to fresh copies of the round's start state, and to the
 * replicas themselves (each in a different order), then checks they all converged to one valid space.
 */
export function deliverEveryOrder(replicas: Y.Doc[], round: Round, historyBefore: number): void {
  const outcomes: Y.Doc[] = [];
  const orders = permutations(round.updates.map((_, i) => i));
  for (const order of orders) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, round.start);
    for (const i of order) Y.applyUpdate(doc, round.updates[i]!);
    outcomes.push(doc);
  }
  replicas.forEach((doc, r) => {
    const order = orders[(r * 3) % orders.length]!;
    for (const i of order) if (i !== r) Y.applyUpdate(doc, round.updates[i]!);
    outcomes.push(doc);
  });
  const space = readSpace(outcomes[0]!);
  const history = readHistory(outcomes[0]!);
  for (const doc of outcomes) {
    expect(readSpace(doc)).toEqual(space);
    expect(readHistory(doc)).toEqual(history);
    expect(columns(doc)).toEqual(columns(outcomes[0]!));
  }
  checkInvariants(outcomes[0]!);
  // The replicas' incremental column indexes followed every local, remote and refused change.
  for (const doc of replicas) {
    for (const status of orderedStatuses(doc, true)) {
      expect(columnKeys(doc, status.id)).toEqual(scanColumnKeys(doc, status.id));
    }
  }
  expect(history).toHaveLength(historyBefore + round.produced);
}

/** Card ids per status column, every status (archived ones too) in board order. */
export function columns(doc: Y.Doc): string[][] {
  return orderedStatuses(doc, true).map((status) => cardsInStatus(doc, status.id).map((card) => card.id));
}

/** What must hold in any converged space. */
export function checkInvariants(doc: Y.Doc): void {
  const space = readSpace(doc);
  const listed = columns(doc).flat();
  for (const card of Object.values(space.cards)) {
    expect(space.statuses[card.pos.statusId], `card ${card.id} points at a missing status`).toBeDefined();
    expect(listed.filter((id) => id === card.id)).toHaveLength(card.archived ? 0 : 1);
  }
  const ids = readHistory(doc).map((event) => event.id);
  expect(new Set(ids).size).toBe(ids.length);
}
