/**
 * The append-only card history of a space. Events are appended in the transaction of the change they
 * describe and never edited or deleted. An event's id is the Yjs item id of its tuple, read by walking the
 * array's items (a merged item holds consecutive clocks, one per tuple).
 */
import * as Y from 'yjs';
import type { HistoryEvent, NewHistoryEvent } from '../records/historyEvent.ts';
import { spaceMaps } from '../schema.ts';
import { decodeEvent, encodeEvent } from './codec.ts';

/** Appends events stamped with `at` (epoch ms) and `by`; call inside the operation's transaction. */
export function appendHistory(doc: Y.Doc, events: readonly NewHistoryEvent[], at: number, by: string): void {
  if (events.length === 0) return;
  const history = spaceMaps(doc).history;
  // insert-at-length rather than push: push walks the whole item list from the start on every call,
  // while an indexed insert reuses Yjs's search markers, which matters with 100,000 events.
  history.insert(
    history.length,
    events.map((event) => encodeEvent(event, at, by)),
  );
}

/** Calls `visit(id, tuple)` for every live tuple of one item (a merged item holds several). */
function visitItem(item: Y.Item, visit: (id: string, tuple: unknown) => void): void {
  if (item.deleted || !item.countable || !(item.content instanceof Y.ContentAny)) return;
  const { client, clock } = item.id;
  const tuples = item.content.arr;
  for (let i = 0; i < tuples.length; i++) visit(`${client}:${clock + i}`, tuples[i]);
}

/** Calls `visit(id, tuple)` for every live tuple, in array order. */
function walk(doc: Y.Doc, visit: (id: string, tuple: unknown) => void): void {
  const history = spaceMaps(doc).history;
  for (let item = history._start; item !== null; item = item.right) visitItem(item, visit);
}

/** Every event of the space, in array order (the same order on every replica once synced). */
export function readHistory(doc: Y.Doc): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  walk(doc, (id, tuple) => {
    const event = decodeEvent(id, tuple);
    if (event) events.push(event);
  });
  return events;
}

/** The events of one card, in array order; only that card's tuples are decoded. */
export function cardHistory(doc: Y.Doc, cardId: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  walk(doc, (id, tuple) => {
    if (!Array.isArray(tuple) || tuple[0] !== cardId) return;
    const event = decodeEvent(id, tuple);
    if (event) events.push(event);
  });
  return events;
}

/**
 * Has Yjs note where the history ends, so that the next append starts from there. Yjs keeps a few search
 * markers per array for indexed access and drops them all when a remote transaction changes the array;
 * without one, an append walks the array from its first item: 7 ms at 112,000 events, inside the user's
 * next change. Reading the last tuple walks it once and leaves a marker at the end.
 */
export function markHistoryEnd(doc: Y.Doc): void {
  const history = spaceMaps(doc).history;
  if (history.length > 0) history.get(history.length - 1);
}

/** Number of stored tuples (including any malformed ones), in O(1). */
export function historyLength(doc: Y.Doc): number {
  return spaceMaps(doc).history.length;
}

/**
 * The events a change of the history array added (from `history.observe`), for whoever projects new
 * events as they arrive; malformed tuples are skipped as in `readHistory`. Reads the structs the
 * transaction created (per client, from its clock before to its clock after) rather than Yjs's
 * `event.changes`, which walks the whole array to compute positions: 10–15 ms per transaction on a space
 * of 100,000 events, on the server's sync path.
 */
export function addedEvents<T>(change: Y.YArrayEvent<T>): HistoryEvent[] {
  const { transaction, target } = change;
  const events: HistoryEvent[] = [];
  const collect = (id: string, tuple: unknown) => {
    const event = decodeEvent(id, tuple);
    if (event) events.push(event);
  };
  transaction.afterState.forEach((after, client) => {
    const before = transaction.beforeState.get(client) ?? 0;
    const structs = transaction.doc.store.clients.get(client);
    if (after <= before || !structs) return;
    // New structs start at `before`: merging them into older neighbours happens only after observers ran.
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]!;
      if (struct.id.clock >= after) break;
      if (struct instanceof Y.Item && struct.parent === target) visitItem(struct, collect);
    }
  });
  return events;
}
