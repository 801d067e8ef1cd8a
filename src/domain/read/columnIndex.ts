/**
 * Which unarchived cards sit in a status, in column order: the one implementation the domain uses (placing
 * a card, `archiveStatus`'s emptiness check, `cardsInStatus`). It is a plain scan of the space's cards,
 * about a millisecond for 5,000 cards, which keeps it correct inside open transactions and after remote
 * updates and undo without an index to maintain, and registers no observer that could outlive the caller.
 */
import type * as Y from 'yjs';
import { compareKeyed, type Keyed } from '../ordering.ts';
import { readPos } from '../records/card.ts';
import { spaceMaps, eachRecord } from '../schema.ts';

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

/**
 * Ids and order keys of the unarchived cards of a status, in column order (by key, then id): what placing
 * a card needs, without building full card snapshots. Same as {@link scanColumnKeys}; kept as the name
 * callers import.
 */
export const columnKeys: (doc: Y.Doc, statusId: string) => Keyed[] = scanColumnKeys;
