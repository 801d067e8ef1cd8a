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
  readPos,
  fitsType,
  readSpace,
  spaceMaps,
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

/**
 * One concurrent round: what each replica changed since the round started, how many events it added, for
 * each card whose place more than one replica wrote (in this round or an earlier one, not since settled),
 * the statuses those replicas left it in, and the cards whose dates more than one replica wrote (likewise).
 */
export interface Round {
  start: Uint8Array;
  updates: Uint8Array[];
  produced: number;
  concurrentMoves: Map<string, Set<string>>;
  concurrentDates: Set<string>;
}

/** Per set of replicas (keyed by the first), the cards concurrent moves left undecided so far. */
const undecidedMoves = new WeakMap<Y.Doc, Map<string, Set<string>>>();
/** Per set of replicas (keyed by the first), the cards whose dates concurrent edits may have inverted. */
const undecidedDates = new WeakMap<Y.Doc, Set<string>>();

/**
 * Runs `edit` and returns the ids of the cards whose `pos`, and those whose `start` or `due`, it wrote
 * (even back to the same value).
 */
function cardsWritten(doc: Y.Doc, edit: () => void): { places: Set<string>; dates: Set<string> } {
  const places = new Set<string>();
  const dates = new Set<string>();
  const cards = spaceMaps(doc).cards;
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      if (event.target === cards) for (const id of event.changes.keys.keys()) places.add(id);
      else if (event.path.length === 1) {
        const { keys } = event.changes;
        if (keys.has('pos')) places.add(String(event.path[0]));
        if (keys.has('start') || keys.has('due')) dates.add(String(event.path[0]));
      }
    }
  };
  cards.observeDeep(observer);
  try {
    edit();
  } finally {
    cards.unobserveDeep(observer);
  }
  return { places, dates };
}

/** Runs `edit(replica, index)` on every (identical, synced) replica without exchanging anything yet. */
export function editConcurrently(replicas: Y.Doc[], edit: (doc: Y.Doc, index: number) => void): Round {
  const start = Y.encodeStateAsUpdate(replicas[0]!);
  const vectors = replicas.map((doc) => Y.encodeStateVector(doc));
  let produced = 0;
  const movedTo = new Map<string, string[]>();
  const datedBy = new Map<string, number>();
  replicas.forEach((doc, i) => {
    const before = historyLength(doc);
    const written = cardsWritten(doc, () => edit(doc, i));
    produced += historyLength(doc) - before;
    for (const id of written.dates) datedBy.set(id, (datedBy.get(id) ?? 0) + 1);
    for (const id of written.places) {
      const record = spaceMaps(doc).cards.get(id);
      const statusId = (record instanceof Y.Map ? readPos(record)?.statusId : undefined) ?? '';
      movedTo.set(id, [...(movedTo.get(id) ?? []), statusId]);
    }
  });
  const updates = replicas.map((doc, i) => Y.encodeStateAsUpdate(doc, vectors[i]));
  // A card moved by several replicas stays undecided until one replica alone moves it in a later round
  // (that move's event comes after every earlier one in the log and its `pos` write wins).
  const concurrentMoves = new Map(undecidedMoves.get(replicas[0]!) ?? []);
  for (const [id, statuses] of movedTo) {
    if (statuses.length > 1) concurrentMoves.set(id, new Set(statuses));
    else concurrentMoves.delete(id);
  }
  undecidedMoves.set(replicas[0]!, concurrentMoves);
  // Likewise for dates: each replica keeps its own dates in order, but two replicas' start and due writes
  // can merge into a start after the due date until one replica alone sets that card's dates again.
  const concurrentDates = new Set(undecidedDates.get(replicas[0]!) ?? []);
  for (const [id, writers] of datedBy) {
    if (writers > 1) concurrentDates.add(id);
    else concurrentDates.delete(id);
  }
  undecidedDates.set(replicas[0]!, concurrentDates);
  return { start, updates, produced, concurrentMoves, concurrentDates };
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
  checkInvariants(outcomes[0]!, round.concurrentMoves, round.concurrentDates);
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

/**
 * What must hold in any converged space. `concurrentMoves` names the cards more than one replica moved in
 * the last round, with the statuses they left them in: there, last-writer-wins on `pos` and the order of
 * concurrent history events are decided independently, so both only have to name one of those statuses.
 * `concurrentDates` names the cards whose dates more than one replica set: only they may start after their
 * due date.
 */
export function checkInvariants(
  doc: Y.Doc,
  concurrentMoves = new Map<string, Set<string>>(),
  concurrentDates = new Set<string>(),
): void {
  const space = readSpace(doc);
  const listed = columns(doc).flat();
  const history = readHistory(doc);
  const lastStatusEvent = new Map<string, string>();
  for (const event of history) {
    if (event.type === 'created') lastStatusEvent.set(event.card, event.statusId);
    if (event.type === 'moved') lastStatusEvent.set(event.card, event.toStatusId);
  }
  for (const card of Object.values(space.cards)) {
    expect(space.statuses[card.pos.statusId], `card ${card.id} points at a missing status`).toBeDefined();
    expect(listed.filter((id) => id === card.id)).toHaveLength(card.archived ? 0 : 1);
    for (const labelId of card.labels) {
      expect(space.labels[labelId], `card ${card.id} carries a missing label`).toBeDefined();
    }
    // A value names a field that exists and fits its type, which is fixed, so no merge can break it.
    for (const [fieldId, value] of Object.entries(card.values)) {
      const field = space.fields[fieldId];
      expect(field, `card ${card.id} has a value of a missing field`).toBeDefined();
      expect(fitsType(field!.type, value), `card ${card.id} holds ${value} in a ${field!.type} field`).toBe(
        true,
      );
    }
    if (!concurrentDates.has(card.id) && card.start !== null && card.due !== null) {
      expect(card.start, `card ${card.id} starts after its due date`).toBeLessThanOrEqual(card.due);
    }
    const named = lastStatusEvent.get(card.id);
    const concurrent = concurrentMoves.get(card.id);
    if (concurrent) {
      expect(concurrent.has(card.pos.statusId), `card ${card.id} is in none of its move targets`).toBe(true);
      expect(concurrent.has(named ?? ''), `card ${card.id}'s history names none of its move targets`).toBe(
        true,
      );
    } else {
      expect(named, `card ${card.id}'s history disagrees with its status`).toBe(card.pos.statusId);
    }
  }
  // No unarchived card sits in a column whose status does not exist.
  const statusIds = new Set(Object.keys(space.statuses));
  spaceMaps(doc).cards.forEach((record, id) => {
    if (!(record instanceof Y.Map) || record.get('archived') === true) return;
    const statusId = readPos(record)?.statusId;
    expect(statusId !== undefined && statusIds.has(statusId), `card ${id} is in a missing status`).toBe(true);
  });
  // To-dos and comments belong to a card that exists, and a deleted comment keeps no text.
  for (const todo of Object.values(space.todos)) {
    expect(space.cards[todo.card], `to-do ${todo.id} names a missing card`).toBeDefined();
  }
  for (const comment of Object.values(space.comments)) {
    expect(space.cards[comment.card], `comment ${comment.id} names a missing card`).toBeDefined();
    if (comment.deleted) expect(comment.text).toBe('');
  }
  // The SLA setting names a date field that exists, or nothing.
  const sla = space.settings.slaFieldId;
  if (sla !== null) expect(space.fields[sla]?.type, 'the SLA field is not a date field').toBe('date');
  const ids = history.map((event) => event.id);
  expect(new Set(ids).size).toBe(ids.length);
}
