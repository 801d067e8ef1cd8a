// What a live refresh adds to a stream already on screen. Entries are shown newest first along the server's
// `seq`; a refresh asks for those above the newest one held, so new entries only ever go on top, and an entry
// already held is never shown twice nor moved (a late answer to an earlier refresh may overlap a later one).
import type { ActivityEntry } from './activityApi.ts';

/** The key an entry is known by: an event id is unique within its space. */
export const entryKey = (entry: ActivityEntry): string => `${entry.spaceId}:${entry.id}`;

/** The newest `seq` among `lists` (each newest first), or 0 when all are empty: the cursor of a refresh. */
export function newestSeq(...lists: ReadonlyArray<readonly ActivityEntry[]>): number {
  return Math.max(0, ...lists.map((list) => list[0]?.seq ?? 0));
}

/**
 * The entries of `fresh` (newest first) that belong above everything in `held` (newest first): above its
 * newest `seq` and not already among them, newest first.
 */
export function entriesAbove(
  held: readonly ActivityEntry[],
  fresh: readonly ActivityEntry[],
): ActivityEntry[] {
  const top = newestSeq(held);
  const known = new Set(held.map(entryKey));
  const seen = new Set<string>();
  return fresh
    .filter((entry) => {
      const key = entryKey(entry);
      if (entry.seq <= top || known.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => b.seq - a.seq);
}
