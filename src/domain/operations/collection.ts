/** Lookups and ordering over flat record collections, shared by the operations. */
import * as Y from 'yjs';
import { DomainError, type DomainErrorCode } from '../errors.ts';
import { indexAfter, placeAt, sortKeyed, type Keyed, type Placement } from '../ordering.ts';
import { flag, keyField, str, type YRecord, eachRecord } from '../schema.ts';

/** The record `id` of `map`, or throws `code`. */
export function requireRecord(map: Y.Map<YRecord>, id: string, code: DomainErrorCode, what: string): YRecord {
  const record = map.get(id);
  if (!(record instanceof Y.Map)) {
    throw new DomainError(code, `There is no ${what} with id "${id}".`, { id });
  }
  return record;
}

/**
 * Refuses `name` when a live (unarchived) record of `map` other than `selfId` already has it, ignoring
 * case: names are how people, and screen readers, tell a space's labels, fields or columns apart.
 */
export function requireFreeName(
  map: Y.Map<YRecord>,
  name: string,
  selfId: string | null,
  code: DomainErrorCode,
  taken: (existing: string) => string,
): void {
  const wanted = name.toLowerCase();
  for (const [id, record] of map) {
    if (id === selfId || !(record instanceof Y.Map) || flag(record, 'archived')) continue;
    const existing = str(record, 'name');
    if (existing.toLowerCase() === wanted) throw new DomainError(code, taken(existing));
  }
}

/**
 * (key, id)-sorted list of the records of `map` that pass `include`, leaving out `excludeId`; malformed
 * keys read as `INVALID_KEY` (sorted last, never a bound).
 */
export function keyedList(
  map: Y.Map<YRecord>,
  include: (record: YRecord, id: string) => boolean = () => true,
  excludeId?: string,
): Keyed[] {
  const items: Keyed[] = [];
  eachRecord(map, (record, id) => {
    if (id !== excludeId && include(record, id)) items.push({ id, key: keyField(record) });
  });
  return sortKeyed(items);
}

/**
 * Placement right after `afterId` in `sorted` (undefined = at the end, null = at the start);
 * an `afterId` that is not in the list → `unknown_neighbour`.
 */
export function placeAfter(sorted: readonly Keyed[], afterId: string | null | undefined): Placement {
  const index = indexAfter(sorted, afterId);
  if (index < 0) {
    throw new DomainError('unknown_neighbour', `"${afterId}" is not in the target list.`, { afterId });
  }
  return placeAt(sorted, index);
}
