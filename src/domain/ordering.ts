/**
 * Order is a fractional-index key, never an array position: every ordered record (status, card, folder,
 * space, section, mirror) stores its own key, and lists sort by (key, id). Concurrent inserts at one spot
 * can produce equal keys; the id breaks the tie and `placeAt` rekeys the tied run so a later insert can
 * still land between them.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export interface Keyed {
  id: string;
  key: string;
}

/** Compares by key, then id, by UTF-16 code unit (keys are ASCII, so this is the keys' intended order). */
export function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A new sorted copy. */
export function sortKeyed<T extends Keyed>(items: Iterable<T>): T[] {
  return [...items].sort(compareKeyed);
}

/** Where an item goes and which neighbours must take new keys to make room. */
export interface Placement {
  key: string;
  rekeyed: Keyed[];
}

/**
 * The key for an item inserted at `index` of `sorted` (a (key, id)-sorted list without the item itself).
 * When the neighbours on both sides share a key, the run of tied items after the gap is rekeyed too.
 */
export function placeAt(sorted: readonly Keyed[], index: number): Placement {
  const lo = index > 0 ? (sorted[index - 1]?.key ?? null) : null;
  const hi = sorted[index]?.key ?? null;
  if (lo === null || hi === null || lo < hi) {
    return { key: generateKeyBetween(lo, hi), rekeyed: [] };
  }
  // lo === hi: spread the item and the tied run after it over (lo, first key greater than lo).
  let end = index;
  while (end < sorted.length && sorted[end]!.key <= lo) end++;
  const upper = sorted[end]?.key ?? null;
  const keys = generateNKeysBetween(lo, upper, end - index + 1);
  const rekeyed = sorted.slice(index, end).map((item, i) => ({ id: item.id, key: keys[i + 1]! }));
  return { key: keys[0]!, rekeyed };
}

/**
 * Insertion index for "after `afterId`": undefined means the end, null the start.
 * Returns -1 when `afterId` is not in the list.
 */
export function indexAfter(sorted: readonly Keyed[], afterId: string | null | undefined): number {
  if (afterId === undefined) return sorted.length;
  if (afterId === null) return 0;
  const at = sorted.findIndex((item) => item.id === afterId);
  return at < 0 ? -1 : at + 1;
}

/** `n` ascending keys for a fresh list. */
export function initialKeys(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}
