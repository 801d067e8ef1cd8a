/**
 * Copy-on-write patching of id-keyed snapshot records: only touched records are re-read, and a re-read
 * record equal to the previous one keeps the previous object, so selectors by id see no change.
 */
import type * as Y from 'yjs';
import { isRecord, type YRecord } from '../../domain/schema.ts';

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
  let next: Record<string, T> | null = null;
  for (const id of touched) {
    // A value that is not a record (a faulty peer's write) reads as absent rather than crashing the bridge.
    const record: unknown = collection.get(id);
    const before = prev[id];
    if (!isRecord(record)) {
      if (before === undefined) continue;
      next ??= { ...prev };
      delete next[id];
      continue;
    }
    const after = read(record, id);
    if (before !== undefined && sameValue(before, after)) continue;
    next ??= { ...prev };
    next[id] = after;
  }
  return next ?? prev;
}

/** Every record of `collection`, read. */
export function readAll<T>(collection: Y.Map<YRecord>, read: RecordReader<T>): Record<string, T> {
  const all: Record<string, T> = {};
  for (const [id, record] of collection.entries()) if (isRecord(record)) all[id] = read(record, id);
  return all;
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
