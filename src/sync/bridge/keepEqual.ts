/**
 * The swap from a board snapshot to the state read from the loaded document keeps every snapshot object
 * that reads equal: a record, a column, a to-do list, a badge, and a whole collection when all of it is
 * equal. Selectors by id then see no change, so the memoized cards the snapshot painted do not re-render.
 */
import { SPACE_RECORD_KEYS, type SpaceState } from '../../state/spaceStore.ts';
import { listedRecords, sameValue } from './records.ts';

/**
 * `next` keyed entries, with `prev`'s object wherever the two read equal; `prev` itself when all do, unless
 * `own` (the result must be `next`, a record the bridge may then change in place).
 */
async function keepEntries<T>(
  prev: Record<string, T>,
  next: Record<string, T>,
  pause: () => Promise<void>,
  step: number,
  own: boolean,
): Promise<Record<string, T>> {
  const ids = Object.keys(next);
  let kept = 0;
  for (let at = 0; at < ids.length; at += step) {
    for (const id of ids.slice(at, at + step)) {
      const before = Object.hasOwn(prev, id) ? prev[id] : undefined;
      if (before !== undefined && sameValue(before, next[id])) {
        next[id] = before;
        kept++;
      }
    }
    await pause();
  }
  if (!own && kept === ids.length && Object.keys(prev).length === ids.length) return prev;
  return listedRecords(next, ids);
}

/**
 * `next` (a state just read, owned by the caller: it is changed in place) with `prev`'s objects kept where
 * equal, spread over tasks by `pause()` every `step` entries.
 */
export async function keepEqual(
  prev: SpaceState,
  next: SpaceState,
  pause: () => Promise<void>,
  step = 200,
): Promise<SpaceState> {
  const kept: SpaceState = { ...next };
  for (const key of SPACE_RECORD_KEYS) {
    (kept as unknown as Record<string, unknown>)[key] = await keepEntries<unknown>(
      prev[key] as Record<string, unknown>,
      next[key] as Record<string, unknown>,
      pause,
      step,
      // The bridge changes the cards' record in place from now on: never the snapshot's (see `SpaceState`).
      key === 'cards',
    );
  }
  kept.cardsVersion = prev.cardsVersion + 1;
  if (sameValue(prev.meta, next.meta)) kept.meta = prev.meta;
  if (sameValue(prev.settings, next.settings)) kept.settings = prev.settings;
  return kept;
}
