/**
 * The one skeleton every document bridge shares: observe the document's shared types, note what each
 * transaction touched, and after the transaction re-read only that into one `setState`.
 *
 * A document is described as id-keyed record collections (re-read record by record, see `records.ts`)
 * and single values (re-read whole when their shared type changed: meta, preferences, the history's
 * length), each under its key in the store's state. Derived state (a space's columns) comes from `derive`.
 *
 * A local transaction (an edit made here) is published at once, so a view that made it shows it in the
 * same render. With `deferRemote`, remote transactions only collect what they touched and are published
 * together later (see `deferRemote.ts`); a local transaction in between publishes them along with its own.
 */
import type * as Y from 'yjs';
import type { StoreApi } from 'zustand/vanilla';
import type { YRecord } from '../../domain/schema.ts';
import { onAfterTransaction } from './afterTransaction.ts';
import type { DeferRemote } from './deferRemote.ts';
import { patchInPlace, patchRecords, sameValue, type RecordReader } from './records.ts';
import { collectTouched } from './touched.ts';

/** What a bridge needs of a shared type (any `Y.Map` or `Y.Array`). */
interface Observed {
  observeDeep(listener: () => void): void;
  unobserveDeep(listener: () => void): void;
}

type RecordOf<V> = V extends Record<string, infer T extends object> ? T : never;

export interface DocBridgeParts<State> {
  /** State key → the flat `Y.Map<id, Y.Map>` it mirrors and the reader of one record. */
  collections: { [K in keyof State]?: [Y.Map<YRecord>, RecordReader<RecordOf<State[K]>>] };
  /**
   * Collections whose record object is changed in place rather than copied (a space's 10,000 cards: a copy
   * per edit cost each drop about a millisecond), each with the state key of a number counted up on every
   * change. The store's record must be one only this bridge changes. Other collections are copy-on-write.
   */
  inPlace?: { [K in keyof State]?: keyof State };
  /** State key → the shared type whose change means re-reading it whole; kept when it reads equal. */
  values: { [K in keyof State]?: [Observed, () => State[K]] };
  /**
   * Adds derived state to `next` (the re-read parts that changed); `touched` holds ids by collection, and
   * `replaced` the previous records of in-place collections that changed (`prev` reads them as they are now).
   */
  derive?(
    prev: State,
    next: Partial<State>,
    touched: ReadonlyMap<keyof State, ReadonlySet<string>>,
    replaced: ReadonlyMap<keyof State, ReadonlyMap<string, unknown>>,
  ): void;
}

export interface FollowOptions {
  /** Publish remote transactions later, together; without it every transaction is published at once. */
  deferRemote?: DeferRemote;
  /**
   * Publish nothing until this settles, then publish all that was noted meanwhile. The space bridge uses
   * it while it reads the loaded document in slices: what changes during the read is re-read after it.
   */
  until?: Promise<unknown>;
}

/** Each followed store's way to publish at once what it holds back (see `publishPending`). */
const pendingPublishers = new WeakMap<object, () => void>();

/**
 * Publishes into `store` at once the remote changes its bridge holds back for a later task (`deferRemote`),
 * if any: for a caller about to compare the store before and after a change of its own, which would
 * otherwise publish them along with it (an undo's words counted a colleague's card).
 */
export function publishPending(store: object): void {
  pendingPublishers.get(store)?.();
}

/**
 * Keep `store` (which holds the document as read now) following `doc`.
 * @returns a function that stops following; the store keeps its last state.
 */
export function followDocument<State extends object>(
  doc: Y.Doc,
  store: StoreApi<State>,
  parts: DocBridgeParts<State>,
  options: FollowOptions = {},
): () => void {
  type Key = keyof State;
  const collections = Object.entries(parts.collections) as [Key, [Y.Map<YRecord>, RecordReader<object>]][];
  const values = Object.entries(parts.values) as [Key, [Observed, () => unknown]][];
  const touched = new Map(collections.map(([key]) => [key, new Set<string>()]));
  const changed = new Set<Key>();
  const stops: (() => void)[] = [];
  const observe = (type: Observed, listener: (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void) => {
    type.observeDeep(listener as () => void);
    stops.push(() => type.unobserveDeep(listener as () => void));
  };
  for (const [key, [map]] of collections)
    observe(map, (events) => collectTouched(events, map, touched.get(key)!));
  for (const [key, [type]] of values) observe(type, () => changed.add(key));

  let cancelDeferred: (() => void) | null = null;
  const flush = () => {
    cancelDeferred?.();
    cancelDeferred = null;
    if (changed.size === 0 && [...touched.values()].every((ids) => ids.size === 0)) return;
    const prev = store.getState();
    const next: Partial<State> = {};
    for (const [key, [, read]] of values) {
      if (!changed.has(key)) continue;
      const now = read();
      if (!sameValue(now, prev[key])) next[key] = now as State[Key];
    }
    const replaced = new Map<Key, ReadonlyMap<string, unknown>>();
    for (const [key, [map, read]] of collections) {
      const ids = touched.get(key)!;
      if (ids.size === 0) continue;
      const counter = parts.inPlace?.[key];
      if (counter !== undefined) {
        const before = patchInPlace(prev[key] as Record<string, object>, map, ids, read);
        if (before.size === 0) continue;
        replaced.set(key, before);
        next[key] = prev[key];
        next[counter] = ((prev[counter] as number) + 1) as State[Key];
        continue;
      }
      const records = patchRecords(prev[key] as Record<string, object>, map, ids, read);
      if (records !== prev[key]) next[key] = records as State[Key];
    }
    parts.derive?.(prev, next, touched, replaced);
    changed.clear();
    for (const ids of touched.values()) ids.clear();
    if (Object.keys(next).length > 0) store.setState(next);
  };
  const { deferRemote, until } = options;
  let held = until !== undefined;
  let stopped = false;
  if (until) {
    const release = () => {
      held = false;
      if (!stopped) flush();
    };
    until.then(release, release);
  }
  stops.push(
    onAfterTransaction(doc, (local) => {
      if (held) return;
      if (local || !deferRemote) flush();
      else cancelDeferred ??= deferRemote(flush);
    }),
  );
  stops.push(() => cancelDeferred?.());
  pendingPublishers.set(store, () => {
    if (!held && !stopped && cancelDeferred !== null) flush();
  });
  stops.push(() => pendingPublishers.delete(store));
  return () => {
    stopped = true;
    stops.forEach((stop) => stop());
  };
}
