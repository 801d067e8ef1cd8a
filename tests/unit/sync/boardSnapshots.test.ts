// First: Dexie's liveQuery, which y-dexie loads documents with, silently does nothing without a global IndexedDB.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as Y from 'yjs';
import { createCard, initSpaceDoc, orderedStatuses } from '../../../src/domain/index.ts';
import { createBoardSnapshots, type BoardSnapshots } from '../../../src/sync/boardSnapshots.ts';
import { bridgeSpace } from '../../../src/sync/bridge/spaceBridge.ts';
import { readSpaceState } from '../../../src/sync/bridge/spaceState.ts';
import { createOfflineStore } from '../../../src/sync/offlineStore.ts';

const ctx = { actor: 'u1' };
const open: BoardSnapshots[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

function snapshotsOn(indexedDB: IDBFactory, fetch?: typeof globalThis.fetch): BoardSnapshots {
  const snapshots = createBoardSnapshots({
    indexedDB,
    IDBKeyRange,
    serverUrl: 'http://127.0.0.1:9',
    delayMs: 20,
    ...(fetch ? { fetch } : {}),
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
    expect(await snapshots.readLocal('sp1')).toEqual(readSpaceState(doc));
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
});
