/**
 * Patching of id-keyed snapshot records: only touched records are re-read, and a re-read record equal to
 * the previous one keeps the previous object, so selectors by id see no change. Copy-on-write
 * (`patchRecords`) by default; in place (`patchInPlace`) for a record the caller alone holds.
 */
import type * as Y from 'yjs';
import { isRecord, type YRecord } from '../../domain/schema.ts';
import { idsOf, keepIds, keptIdsOf } from '../../state/recordIds.ts';

/**
 * Whether a collection entry becomes a snapshot record. `__proto__` fits the id pattern but, as a key of a
 * plain object, would replace its prototype instead of adding an entry, so a peer that writes it is ignored.
 */
function usable(id: string, record: unknown): record is YRecord {
  return id !== '__proto__' && isRecord(record);
}

/** Reads one record; the domain's `readCard`, `readStatus`, … */
export type RecordReader<T> = (record: YRecord, id: string) => T;

/**
 * The records after re-reading `touched` ids from `collection`: the same object when nothing readable
 * changed, otherwise a shallow copy where only changed records are new objects.
 */
export function patchRecords<T extends object>(
  prev: Record<string, T>,
  collection: Y.Map<YRecord>,
  touched: Iterable<string>,
  read: RecordReader<T>,
): Record<string, T> {
  const changes = new Map<string, T | undefined>();
  for (const id of touched) {
    // A value that is not a record (a faulty peer's write) reads as absent rather than crashing the bridge.
    const record: unknown = collection.get(id);
    const before = prev[id];
    if (!usable(id, record)) {
      if (before !== undefined) changes.set(id, undefined);
      continue;
    }
    const after = read(record, id);
    if (before === undefined || !sameValue(before, after)) changes.set(id, after);
  }
  if (changes.size === 0) return prev;

  const prevIds = idsOf(prev);
  const next: Record<string, T> = {};
  for (const id of prevIds) next[id] = prev[id]!;
  let ids = prevIds;
  for (const [id, after] of changes) {
    const existed = Object.hasOwn(next, id);
    if (after === undefined) delete next[id];
    else next[id] = after;
    if (existed === (after !== undefined)) continue;
    // Ids came or went (rare next to edits): the kept list is rebuilt, edits share the previous one.
    const own: string[] = ids === prevIds ? [...prevIds] : (ids as string[]);
    if (existed) own.splice(own.indexOf(id), 1);
    else own.push(id);
    ids = own;
  }
  keepIds(next, ids);
  return next;
}

/**
 * Re-reads the `touched` ids of `collection` into `records` itself, which only the caller may hold (see
 * `inPlace` in `docBridge.ts`); a record that reads equal keeps its object.
 * @returns the previous value of every record that changed (undefined: it was not there).
 */
export function patchInPlace<T extends object>(
  records: Record<string, T>,
  collection: Y.Map<YRecord>,
  touched: Iterable<string>,
  read: RecordReader<T>,
): Map<string, T | undefined> {
  const before = new Map<string, T | undefined>();
  const added: string[] = [];
  const removed: string[] = [];
  for (const id of touched) {
    const record: unknown = collection.get(id);
    const prev = Object.hasOwn(records, id) ? records[id] : undefined;
    if (!usable(id, record)) {
      if (prev === undefined) continue;
      before.set(id, prev);
      delete records[id];
      removed.push(id);
      continue;
    }
    const after = read(record, id);
    if (prev !== undefined && sameValue(prev, after)) continue;
    before.set(id, prev);
    records[id] = after;
    if (prev === undefined) added.push(id);
  }
  // The kept id list may be shared with other records (see `patchRecords`): it is replaced, never changed.
  const ids = keptIdsOf(records);
  if (ids && (added.length > 0 || removed.length > 0)) {
    const gone = new Set(removed);
    keepIds(records, [...(gone.size > 0 ? ids.filter((id) => !gone.has(id)) : ids), ...added]);
  }
  return before;
}

/** Every record of `collection`, read. */
export function readAll<T>(collection: Y.Map<YRecord>, read: RecordReader<T>): Record<string, T> {
  const all: Record<string, T> = {};
  const ids: string[] = [];
  for (const [id, record] of collection.entries()) {
    if (!usable(id, record)) continue;
    all[id] = read(record, id);
    ids.push(id);
  }
  keepIds(all, ids);
  return all;
}

/**
 * Reads the records `ids` of `collection` into `into`, their ids onto `listed`; ids that are gone or
 * unusable are skipped. For reading a collection a part at a time; finish with {@link listedRecords}.
 */
export function readInto<T>(
  collection: Y.Map<YRecord>,
  ids: Iterable<string>,
  read: RecordReader<T>,
  into: Record<string, T>,
  listed: string[],
): void {
  for (const id of ids) {
    const record: unknown = collection.get(id);
    if (!usable(id, record) || Object.hasOwn(into, id)) continue;
    into[id] = read(record, id);
    listed.push(id);
  }
}

/** `records`, known to hold exactly `ids` (so patching it later need not list its keys). */
export function listedRecords<T>(records: Record<string, T>, ids: readonly string[]): Record<string, T> {
  keepIds(records, ids);
  return records;
}

/** Structural equality of plain snapshot values (primitives, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
