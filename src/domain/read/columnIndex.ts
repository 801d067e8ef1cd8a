/**
 * Which unarchived cards sit in a status, in column order: the one implementation the domain uses (placing
 * a card, `archiveStatus`'s emptiness check, `cardsInStatus`).
 *
 * Placing a card needs its target column, and scanning every card of a busy space (10,000 records, two
 * map reads each) for every drop costs more than the rest of the drop together. So each document gets an
 * index of card places, built by one scan on first use and kept up to date by an observer on its cards,
 * which lives exactly as long as the document (a `WeakMap` entry, an observer on the document's own map).
 * Observers run when a transaction ends, so inside an open transaction — an operation composed of several
 * writes, an undo step — the index may lag behind the writes already made: there the plain scan answers.
 */
import type * as Y from 'yjs';
import { compareKeyed, type Keyed } from '../ordering.ts';
import { readPos } from '../records/card.ts';
import { eachRecord, isRecord, spaceMaps } from '../schema.ts';

/** Ids and keys of the unarchived cards of a status, in column order (by key, then id). */
export function scanColumnKeys(doc: Y.Doc, statusId: string): Keyed[] {
  const list: Keyed[] = [];
  eachRecord(spaceMaps(doc).cards, (record, id) => {
    if (record.get('archived') === true) return;
    const pos = readPos(record);
    if (pos?.statusId === statusId) list.push({ id, key: pos.key });
  });
  return list.sort(compareKeyed);
}

interface Place {
  statusId: string;
  key: string;
}

interface ColumnIndex {
  /** Where each unarchived card is; archived cards and cards without a place are absent. */
  places: Map<string, Place>;
  /** Card ids per status. */
  members: Map<string, Set<string>>;
  /**
   * Sorted columns, built when first read and then kept in order as cards come and go, rather than sorted
   * again after every move into them (0.1–0.4 ms a drop into a column of 2,000–5,000 cards).
   */
  sorted: Map<string, Keyed[]>;
}

const indexes = new WeakMap<Y.Doc, ColumnIndex>();

function placeOf(record: unknown): Place | null {
  if (!isRecord(record) || record.get('archived') === true) return null;
  return readPos(record);
}

/** Where `entry` belongs in `column` (sorted by `compareKeyed`): the first place not before it. */
function placeIn(column: readonly Keyed[], entry: Keyed): number {
  let low = 0;
  let high = column.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareKeyed(column[middle]!, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function forget(index: ColumnIndex, cardId: string): void {
  const old = index.places.get(cardId);
  if (!old) return;
  index.places.delete(cardId);
  index.members.get(old.statusId)?.delete(cardId);
  const column = index.sorted.get(old.statusId);
  if (!column) return;
  const at = placeIn(column, { id: cardId, key: old.key });
  if (column[at]?.id === cardId) column.splice(at, 1);
  // Not where its place says (never seen): the column is sorted afresh when next read.
  else index.sorted.delete(old.statusId);
}

function place(index: ColumnIndex, cardId: string, at: Place | null): void {
  const old = index.places.get(cardId);
  if (old && at && old.statusId === at.statusId && old.key === at.key) return;
  forget(index, cardId);
  if (!at) return;
  index.places.set(cardId, at);
  let members = index.members.get(at.statusId);
  if (!members) index.members.set(at.statusId, (members = new Set()));
  members.add(cardId);
  const column = index.sorted.get(at.statusId);
  if (column) {
    const entry = { id: cardId, key: at.key };
    column.splice(placeIn(column, entry), 0, entry);
  }
}

/** Indexes whose first scan is still going on, spread over tasks by `prepareColumnIndex`: ids left to scan. */
const building = new WeakMap<Y.Doc, { index: ColumnIndex; left: string[] }>();

function scanned(doc: Y.Doc, index: ColumnIndex, ids: readonly string[]): void {
  const cards = spaceMaps(doc).cards;
  for (const id of ids) place(index, id, placeOf(cards.get(id)));
}

/** A new index that follows the document's changes from now on; its first scan is the caller's. */
function startIndex(doc: Y.Doc): ColumnIndex {
  const cards = spaceMaps(doc).cards;
  const index: ColumnIndex = { places: new Map(), members: new Map(), sorted: new Map() };
  cards.observeDeep((events) => {
    for (const event of events) {
      // A change to the map of cards names the cards added or removed; a change inside a card (or one of
      // its nested sets) has the card's id first in its path.
      const ids =
        event.target === cards ? [...(event as Y.YMapEvent<unknown>).keysChanged] : [String(event.path[0])];
      for (const id of ids) place(index, id, placeOf(cards.get(id)));
    }
  });
  return index;
}

function indexOf(doc: Y.Doc): ColumnIndex {
  const known = indexes.get(doc);
  if (known) return known;
  // A scan spread over tasks is finished now: the caller needs the whole index.
  const partial = building.get(doc);
  const index = partial?.index ?? startIndex(doc);
  if (partial) {
    scanned(doc, index, partial.left.splice(0));
    building.delete(doc);
  } else {
    eachRecord(spaceMaps(doc).cards, (record, id) => place(index, id, placeOf(record)));
  }
  indexes.set(doc, index);
  return index;
}

/**
 * Builds the document's index ahead of the first placement, so the first drop of a session does not pay
 * for scanning every card (~90 ms for 10,000 cards). The scan takes `step` cards per task, `pause()` in
 * between, while the index already follows the document; a placement needing it before the end finishes
 * the scan at once. Idempotent; the index then follows the document by itself.
 */
export async function prepareColumnIndex(
  doc: Y.Doc,
  pause: () => Promise<void> = () => Promise.resolve(),
  step = 1000,
): Promise<void> {
  if (indexes.has(doc) || building.has(doc)) return;
  const left = [...spaceMaps(doc).cards.keys()];
  const partial = { index: startIndex(doc), left };
  building.set(doc, partial);
  while (left.length > 0) {
    await pause();
    // Finished meanwhile by a placement, or the document is gone.
    if (building.get(doc) !== partial || doc.isDestroyed) return;
    scanned(doc, partial.index, left.splice(0, step));
  }
  building.delete(doc);
  indexes.set(doc, partial.index);
}

/** Whether a transaction is open on `doc`; observers have not seen its writes yet. */
function inTransaction(doc: Y.Doc): boolean {
  return (doc as unknown as { _transaction: unknown })._transaction !== null;
}

/**
 * Ids and order keys of the unarchived cards of a status, in column order (by key, then id): what placing
 * a card needs, without building full card snapshots. The same answer as {@link scanColumnKeys}, from the
 * document's index when no transaction is open. The returned array is the caller's to keep and change.
 */
export function columnKeys(doc: Y.Doc, statusId: string): Keyed[] {
  if (inTransaction(doc)) return scanColumnKeys(doc, statusId);
  const index = indexOf(doc);
  let sorted = index.sorted.get(statusId);
  if (!sorted) {
    sorted = [...(index.members.get(statusId) ?? [])]
      .map((id) => ({ id, key: index.places.get(id)!.key }))
      .sort(compareKeyed);
    index.sorted.set(statusId, sorted);
  }
  return sorted.map((entry) => ({ ...entry }));
}
