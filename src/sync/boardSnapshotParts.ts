/**
 * How a board snapshot is cut into parts for IndexedDB, and put back together. A part is a partial
 * `SpaceState`: the first holds every small piece (meta, statuses, labels, fields, settings, columns,
 * history length), the others up to `recordsPerPart` records of the keyed collections (cards, to-dos,
 * comments, …), in collection order. Cloning or reading one part is then a short task where the whole
 * state was one of 50–130 ms for a 5,000-card space (docs/benchmarks.md).
 *
 * Parts hold the state's own objects (no copies): the state is immutable, so a write that spreads over
 * many tasks still stores the state as it was when the write began. They hold the board's picture of the
 * state (`boardPicture.ts`): archived cards and what is theirs alone are left out as the parts are made.
 */
import type { SpaceState } from '../state/spaceStore.ts';
import { inPicture, PICTURE_KEYED as KEYED } from './boardPicture.ts';

/** One stored piece of a snapshot: some of a `SpaceState`'s keys, the keyed ones possibly only in part. */
export type SnapshotPart = Partial<Record<keyof SpaceState, unknown>>;

const WHOLE = [
  'meta',
  'statuses',
  'labels',
  'fields',
  'settings',
  'columns',
  'cardsVersion',
  'historyLength',
] as const satisfies readonly (keyof SpaceState)[];

const isKeyed = (key: string): key is (typeof KEYED)[number] => (KEYED as readonly string[]).includes(key);

/** Records per part by default: a put of one clones in 1–3 ms for the board bench's space in Chromium. */
export const RECORDS_PER_PART = 100;

/**
 * The parts of `state`'s picture, made one at a time so that slicing a large collection costs each part
 * only its own records. The keyed collections span parts; every other key sits whole in the first.
 */
export function* snapshotParts(
  state: SpaceState,
  recordsPerPart = RECORDS_PER_PART,
): Generator<SnapshotPart> {
  const first: SnapshotPart = {};
  for (const key of WHOLE) first[key] = state[key];
  yield first;
  let part: SnapshotPart = {};
  let count = 0;
  for (const key of KEYED) {
    const records = state[key] as Record<string, unknown>;
    let slice: Record<string, unknown> | null = null;
    for (const id in records) {
      if (!inPicture(state, key, id, records[id])) continue;
      if (!slice) part[key] = slice = {};
      slice[id] = records[id];
      if (++count < recordsPerPart) continue;
      yield part;
      part = {};
      slice = null;
      count = 0;
    }
  }
  if (count > 0) yield part;
}

/** Puts parts back together, in any order; `finish` gives the state, or null when it is not a whole one. */
export interface SnapshotAssembly {
  add(part: unknown): void;
  finish(): SpaceState | null;
}

export function assembleSnapshot(): SnapshotAssembly {
  const state: Record<string, unknown> = {};
  // A collection with no records is in no part, yet every state has it.
  for (const key of KEYED) state[key] = {};
  return {
    add(part) {
      if (typeof part !== 'object' || part === null) return;
      for (const [key, value] of Object.entries(part)) {
        if (isKeyed(key)) Object.assign(state[key] as object, value);
        else state[key] = value;
      }
    },
    finish() {
      return WHOLE.every((key) => key in state) ? (state as unknown as SpaceState) : null;
    },
  };
}
