// First: Dexie's liveQuery, which y-dexie loads documents with, silently does nothing without a global IndexedDB.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as Y from 'yjs';
import {
  addTodo,
  archiveCard,
  createCard,
  initSpaceDoc,
  orderedStatuses,
} from '../../../src/domain/index.ts';
import { createSpaceLoadStore, createSpaceStore, type SpaceState } from '../../../src/state/spaceStore.ts';
import {
  BOARD_SNAPSHOT_VERSION,
  createBoardSnapshots,
  SNAPSHOT_WRITE_MEASURE,
  type BoardSnapshots,
} from '../../../src/sync/boardSnapshots.ts';
import { boardPicture } from '../../../src/sync/boardPicture.ts';
import { EARLY_FETCH_TTL_MS } from '../../../src/sync/remoteBoards.ts';
import { bridgeSpace } from '../../../src/sync/bridge/spaceBridge.ts';
import { readSpaceState } from '../../../src/sync/bridge/spaceState.ts';
import { createOfflineDb, type OfflineDb } from '../../../src/sync/offlineDb.ts';
import { createOfflineStore } from '../../../src/sync/offlineStore.ts';

const ctx = { actor: 'u1' };
const open: BoardSnapshots[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

function snapshotsOn(
  indexedDB: IDBFactory,
  fetch?: typeof globalThis.fetch,
  recordsPerPart?: number,
): BoardSnapshots {
  const snapshots = createBoardSnapshots({
    indexedDB,
    IDBKeyRange,
    serverUrl: 'http://127.0.0.1:9',
    delayMs: 20,
    ...(fetch ? { fetch } : {}),
    // Several parts, read a few per request.
    ...(recordsPerPart ? { recordsPerPart, partsPerRead: 2 } : {}),
  });
  open.push(snapshots);
  return snapshots;
}

function space() {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'sp1' }, ctx);
  const statusId = orderedStatuses(doc)[0]!.id;
  createCard(doc, { statusId, title: 'Pump' }, ctx);
  return { doc, statusId };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A space with `count` cards titled `<prefix> <n>`, as its store would show it. */
function stateWith(count: number, prefix: string): SpaceState {
  const { doc, statusId } = space();
  for (let n = 1; n <= count; n++) createCard(doc, { statusId, title: `${prefix} ${n}` }, ctx);
  return readSpaceState(doc);
}

/** Keeps `state` as space sp1's snapshot, as when its document swaps in, and waits for the write. */
async function keepState(snapshots: BoardSnapshots, state: SpaceState): Promise<void> {
  const load = createSpaceLoadStore('snapshot');
  const stop = snapshots.keep('sp1', createSpaceStore(state), load);
  const written = performance.getEntriesByName(SNAPSHOT_WRITE_MEASURE).length;
  load.setState('live');
  // In idle time: wait until its first task has run, then for the rest of it.
  for (let waited = 0; performance.getEntriesByName(SNAPSHOT_WRITE_MEASURE).length === written; waited++) {
    if (waited > 200) throw new Error('the snapshot was never written');
    await settle(10);
  }
  await snapshots.flush();
  stop();
}

/** The database the snapshots live in, opened beside them, with its head and part rows. */
async function rowsIn(idb: IDBFactory) {
  const db: OfflineDb = createOfflineDb({ indexedDB: idb, IDBKeyRange });
  const heads = await db.boards.toArray();
  const parts = await db.boardParts.toArray();
  return { db, heads, parts };
}

describe('board snapshots', () => {
  it('keeps the shown document locally, never a snapshot shown, and gives it back', async () => {
    const idb = new IDBFactory();
    const snapshots = snapshotsOn(idb);
    const { doc, statusId } = space();
    let loaded!: () => void;
    const bridge = bridgeSpace(doc, { whenLoaded: new Promise<void>((r) => (loaded = r)) });
    const stop = snapshots.keep('sp1', bridge.store, bridge.load);

    // A snapshot shown is not written back.
    bridge.showSnapshot(readSpaceState(new Y.Doc()));
    await settle(60);
    await snapshots.flush();
    expect(await snapshots.readLocal('sp1')).toBeNull();

    loaded();
    await bridge.whenLive;
    await settle(60);
    await snapshots.flush();
    expect(await snapshots.readLocal('sp1')).toEqual(bridge.store.getState());

    createCard(doc, { statusId, title: 'Seal' }, ctx);
    stop(); // the last change is still written, in idle time
    await settle(60);
    await snapshots.flush();
    expect(await snapshots.readLocal('sp1')).toEqual({
      ...readSpaceState(doc),
      cardsVersion: expect.any(Number),
    });
    bridge.destroy();

    // Signing out on a shared computer deletes the snapshots with the local copies.
    const offline = createOfflineStore({ indexedDB: idb, IDBKeyRange });
    await offline.clear();
    await offline.close();
    expect(await snapshots.readLocal('sp1')).toBeNull();
  });

  it("fetches the server's snapshot and ignores anything that is not one", async () => {
    const { doc } = space();
    const state = readSpaceState(doc);
    const asked: string[] = [];
    const answer = (body: unknown, status = 200): typeof globalThis.fetch =>
      (async (url: URL | RequestInfo) => {
        asked.push(String(url));
        return new Response(JSON.stringify(body), { status });
      }) as typeof globalThis.fetch;
    expect(await snapshotsOn(new IDBFactory(), answer(state)).fetchRemote('sp1')).toEqual(
      JSON.parse(JSON.stringify(state)),
    );
    expect(asked).toEqual(['http://127.0.0.1:9/api/spaces/sp1/board']);
    expect(await snapshotsOn(new IDBFactory(), answer({ cards: {} })).fetchRemote('sp1')).toBeNull();
    expect(
      await snapshotsOn(new IDBFactory(), answer({ error: { code: 'forbidden' } }, 403)).fetchRemote('sp1'),
    ).toBeNull();
  });

  it('fetches early for a space kept nowhere here, once, and asks again for what that early fetch missed', async () => {
    const { doc } = space();
    const state = readSpaceState(doc);
    const asked: string[] = [];
    let status = 200;
    const answer = (async (url: URL | RequestInfo) => {
      asked.push(String(url));
      return new Response(JSON.stringify(status === 200 ? state : { error: { code: 'unauthorized' } }), {
        status,
      });
    }) as typeof globalThis.fetch;
    const snapshots = snapshotsOn(new IDBFactory(), answer);

    snapshots.prefetchRemote('sp1');
    snapshots.prefetchRemote('sp1');
    expect(await snapshots.fetchRemote('sp1')).toEqual(JSON.parse(JSON.stringify(state)));
    expect(asked).toHaveLength(1);
    // Taken once: the next open asks the server for the board as it is then.
    expect(await snapshots.fetchRemote('sp1')).not.toBeNull();
    expect(asked).toHaveLength(2);

    // Asked before the session was there: the open asks again rather than showing nothing.
    status = 401;
    snapshots.prefetchRemote('sp1');
    await settle(20);
    status = 200;
    expect(await snapshots.fetchRemote('sp1')).not.toBeNull();
    expect(asked).toHaveLength(4);
  });

  it('fetches nothing early for a space kept here, and never hands out an old early fetch', async () => {
    const idb = new IDBFactory();
    const asked: string[] = [];
    const state = stateWith(2, 'Valve');
    const answer = (async (url: URL | RequestInfo) => {
      asked.push(String(url));
      return new Response(JSON.stringify(state));
    }) as typeof globalThis.fetch;
    const snapshots = snapshotsOn(idb, answer);
    await keepState(snapshots, state);
    snapshots.prefetchRemote('sp1');
    await settle(20);
    expect(asked).toEqual([]);

    snapshots.prefetchRemote('sp2');
    await settle(20);
    expect(asked).toHaveLength(1);
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + EARLY_FETCH_TTL_MS + 1);
    try {
      await snapshots.fetchRemote('sp2');
    } finally {
      clock.mockRestore();
    }
    expect(asked).toHaveLength(2);
  });

  it("stores the board's picture: no archived card, nor what is only its own", async () => {
    const { doc, statusId } = space();
    const kept = createCard(doc, { statusId, title: 'Valve' }, ctx);
    const gone = createCard(doc, { statusId, title: 'Old valve' }, ctx);
    addTodo(doc, { cardId: kept, text: 'Fit it' }, ctx);
    const todo = addTodo(doc, { cardId: gone, text: 'Return it' }, ctx);
    archiveCard(doc, { cardId: gone, archived: true }, ctx);
    const state = readSpaceState(doc);
    const snapshots = snapshotsOn(new IDBFactory(), undefined, 2);
    await keepState(snapshots, state);

    const read = await snapshots.readLocal('sp1');
    expect(read).toEqual(boardPicture(state));
    expect(read!.cards[gone]).toBeUndefined();
    expect(read!.todos[todo]).toBeUndefined();
    expect(read!.todoIds[gone]).toBeUndefined();
    expect(read!.cards[kept]!.title).toBe('Valve');
    expect(read!.todoIds[kept]).toHaveLength(1);
  });

  it('stores a snapshot in parts of one generation and reads it back whole', async () => {
    const idb = new IDBFactory();
    const snapshots = snapshotsOn(idb, undefined, 2);
    const state = stateWith(7, 'Valve');
    await keepState(snapshots, state);
    expect(await snapshots.readLocal('sp1')).toEqual(state);

    const { db, heads, parts } = await rowsIn(idb);
    db.close();
    expect(heads).toHaveLength(1);
    const head = heads[0]!;
    expect(head).toMatchObject({ name: 'space/sp1', version: BOARD_SNAPSHOT_VERSION });
    // The small pieces, then the 8 cards two to a part.
    expect(head.parts).toBe(5);
    expect(parts.map((p) => [p.generation, p.index])).toEqual(
      Array.from({ length: head.parts }, (_, index) => [head.generation, index]),
    );
  });

  it("deletes the previous generation's parts once the next is written", async () => {
    const idb = new IDBFactory();
    const snapshots = snapshotsOn(idb, undefined, 2);
    await keepState(snapshots, stateWith(9, 'Old'));
    const before = await rowsIn(idb);
    before.db.close();
    const smaller = stateWith(2, 'New');
    await keepState(snapshots, smaller);

    const after = await rowsIn(idb);
    after.db.close();
    const head = after.heads[0]!;
    expect(head.generation).toBeGreaterThan(before.heads[0]!.generation);
    expect(head.parts).toBeLessThan(before.heads[0]!.parts);
    expect(after.parts).toHaveLength(head.parts);
    expect(after.parts.every((p) => p.generation === head.generation)).toBe(true);
    expect(await snapshots.readLocal('sp1')).toEqual(smaller);
  });

  it('leaves the previous snapshot whole when a write stops after some of its parts', async () => {
    const idb = new IDBFactory();
    const snapshots = snapshotsOn(idb, undefined, 2);
    const first = stateWith(3, 'Kept');
    await keepState(snapshots, first);
    const before = await rowsIn(idb);
    before.db.close();

    // The sixth card cannot be cloned: the write gets that far, several parts in, and stops.
    const broken = stateWith(8, 'Lost');
    const sixth = Object.values(broken.cards).find((card) => card.title === 'Lost 6')!;
    broken.cards[sixth.id] = { ...sixth, title: (() => 'Lost 6') as unknown as string };
    await keepState(snapshots, broken);

    expect(await snapshots.readLocal('sp1')).toEqual(first);
    const after = await rowsIn(idb);
    after.db.close();
    expect(after.heads).toEqual(before.heads);
    expect(after.parts).toEqual(before.parts);
  });

  it("never mixes generations: it reads only the head's parts, and all of them or nothing", async () => {
    const idb = new IDBFactory();
    const snapshots = snapshotsOn(idb, undefined, 2);
    const state = stateWith(5, 'Seal');
    await keepState(snapshots, state);
    const { db, heads, parts } = await rowsIn(idb);
    const head = heads[0]!;
    // Parts of an older and of a newer generation (a write cut short) for every index, with other cards.
    const stray = stateWith(5, 'Stray');
    const strayCard = Object.values(stray.cards)[0]!;
    for (const generation of [head.generation - 1, head.generation + 1]) {
      await db.boardParts.bulkPut(
        parts.map((p) => ({ ...p, generation, part: { cards: { [strayCard.id]: strayCard } } })),
      );
    }
    expect(await snapshots.readLocal('sp1')).toEqual(state);

    // A head whose generation lacks a part gives no board rather than part of one.
    await db.boardParts.delete(['space/sp1', head.generation, head.parts - 1]);
    expect(await snapshots.readLocal('sp1')).toBeNull();
    db.close();
  });

  it('ignores a snapshot of another version', async () => {
    const idb = new IDBFactory();
    const snapshots = snapshotsOn(idb, undefined, 2);
    const state = stateWith(2, 'Pump');
    await keepState(snapshots, state);
    const { db, heads } = await rowsIn(idb);
    const head = heads[0]!;
    await db.boards.put({ ...head, version: BOARD_SNAPSHOT_VERSION + 1 });
    expect(await snapshots.readLocal('sp1')).toBeNull();
    // A row as version 1 kept it: the whole state on the head, no parts.
    await db.boards.put({ name: 'space/sp1', version: 1, state, savedAt: 0 } as never);
    expect(await snapshots.readLocal('sp1')).toBeNull();
    db.close();
  });
});
