import { afterEach, describe, expect, it } from 'vitest';
import net from 'node:net';
import WebSocket from 'ws';
import { createCard, initSpaceDoc, orderedStatuses, readSpace } from '../../../src/domain/index.ts';
import { createDocumentPool, type DocumentPool } from '../../../src/sync/documentPool.ts';
import * as Y from 'yjs';
import type { BoardSnapshots } from '../../../src/sync/boardSnapshots.ts';
import { readSpaceState } from '../../../src/sync/bridge/spaceState.ts';
import { openSpace, whenDocumentLoaded } from '../../../src/sync/openDocument.ts';
import { bindSpaceActions } from '../../../src/sync/spaceActions.ts';
import type { SpaceState } from '../../../src/state/spaceStore.ts';

const pools: DocumentPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.destroy()));
});

async function pool(idleMs = 60_000): Promise<DocumentPool> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const created = createDocumentPool({
    serverUrl: `http://127.0.0.1:${port}`,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    idleMs,
  });
  pools.push(created);
  return created;
}

describe('openSpace', () => {
  it('mirrors the pooled document into a store until closed', async () => {
    const docs = await pool();
    // Loaded from the start: this pool has no server and no local copy to wait for.
    const space = openSpace(docs, 'sp1', { whenLoaded: Promise.resolve() });
    expect(space.handle.name).toBe('space/sp1');
    await space.whenLive;
    initSpaceDoc(space.handle.doc, { id: 'sp1' }, { actor: 'u1' });
    const statusId = orderedStatuses(space.handle.doc)[0]!.id;
    const cardId = createCard(space.handle.doc, { statusId, title: 'Return label' }, { actor: 'u1' });
    expect(space.store.getState().cards[cardId]?.title).toBe('Return label');
    expect(space.store.getState().columns[statusId]).toEqual([cardId]);

    space.close();
    space.close();
    const last = space.store.getState();
    createCard(space.handle.doc, { statusId, title: 'After close' }, { actor: 'u1' });
    expect(space.store.getState()).toBe(last);
    // Released, not destroyed: the document stays warm for the next view.
    expect(docs.openNames()).toEqual(['space/sp1']);
    expect(openSpace(docs, 'sp1').handle.doc).toBe(space.handle.doc);
  });

  it('holds a space whose view closed with writes still queued until they have run', async () => {
    const docs = await pool(20);
    let loaded!: () => void;
    const space = openSpace(docs, 'sp2', { whenLoaded: new Promise<void>((resolve) => (loaded = resolve)) });
    // What the document holds so far (its local copy arriving, say).
    initSpaceDoc(space.handle.doc, { id: 'sp2' }, { actor: 'u1' });
    const statusId = orderedStatuses(space.handle.doc)[0]!.id;
    const cardId = createCard(space.handle.doc, { statusId, title: 'Pump' }, { actor: 'u1' });
    const actions = bindSpaceActions(space.handle, 'u1', space);
    actions.updateCard({ cardId, title: 'Renamed while loading' });
    actions.destroy();
    space.close();
    const pause = () => new Promise((resolve) => setTimeout(resolve, 80));
    await pause();
    // Past its idle time, still open: the rename has not run yet.
    expect(docs.openNames()).toEqual(['space/sp2']);

    loaded();
    await space.whenLive;
    await Promise.resolve();
    expect(readSpace(space.handle.doc).cards[cardId]!.title).toBe('Renamed while loading');
    await pause();
    expect(docs.openNames()).toEqual([]);
  });

  it('refuses a malformed id', async () => {
    const docs = await pool();
    expect(() => openSpace(docs, 'a/b')).toThrow(RangeError);
    expect(docs.openNames()).toEqual([]);
  });
});

describe('when a document counts as loaded', () => {
  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    return done;
  };

  it('is once the local copy is applied, when it held the space', async () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'sp1' }, { actor: 'u1' });
    const loaded = whenDocumentLoaded({
      doc,
      whenLocal: Promise.resolve(),
      whenSynced: new Promise(() => {}),
    });
    expect(await settled(loaded)).toBe(true);
  });

  it('waits for the first sync when the local copy was empty or failed', async () => {
    let synced!: () => void;
    const whenSynced = new Promise<void>((resolve) => (synced = resolve));
    const empty = whenDocumentLoaded({ doc: new Y.Doc(), whenLocal: Promise.resolve(), whenSynced });
    const failed = whenDocumentLoaded({
      doc: new Y.Doc(),
      whenLocal: Promise.reject(new Error('quota')),
      whenSynced,
    });
    expect(await settled(empty)).toBe(false);
    expect(await settled(failed)).toBe(false);
    synced();
    expect(await settled(empty)).toBe(true);
    expect(await settled(failed)).toBe(true);
  });
});

describe('openSpace with board snapshots', () => {
  it('shows the local snapshot, else the fetched one, until loaded, and keeps the local one', async () => {
    const docs = await pool();
    const source = new Y.Doc();
    initSpaceDoc(source, { id: 'sp2' }, { actor: 'u1' });
    const statusId = orderedStatuses(source)[0]!.id;
    createCard(source, { statusId, title: 'From the snapshot' }, { actor: 'u1' });
    const snapshot = JSON.parse(JSON.stringify(readSpaceState(source))) as SpaceState;
    const calls: string[] = [];
    const snapshots: BoardSnapshots = {
      readLocal: async (id) => (calls.push(`local ${id}`), null),
      fetchRemote: async (id) => (calls.push(`remote ${id}`), snapshot),
      prefetchRemote: (id) => void calls.push(`prefetch ${id}`),
      keep: (id) => (calls.push(`keep ${id}`), () => calls.push(`stop ${id}`)),
      flush: async () => {},
      close: async () => {},
    };
    let loaded!: () => void;
    const space = openSpace(docs, 'sp2', {
      snapshots,
      whenLoaded: new Promise<void>((resolve) => (loaded = resolve)),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['local sp2', 'keep sp2', 'remote sp2']);
    expect(space.load.getState()).toBe('snapshot');
    expect(Object.values(space.store.getState().cards).map((c) => c.title)).toEqual(['From the snapshot']);

    Y.applyUpdate(space.handle.doc, Y.encodeStateAsUpdate(source));
    loaded();
    await space.whenLive;
    expect(space.load.getState()).toBe('live');
    expect(space.store.getState()).toEqual({
      ...readSpaceState(space.handle.doc),
      cardsVersion: expect.any(Number),
    });
    space.close();
    expect(calls.at(-1)).toBe('stop sp2');
  });
});

describe('reopening a space the pool still holds', () => {
  it('paints at once from the state it was last shown with, keeping its objects', async () => {
    const docs = await pool();
    const first = openSpace(docs, 'sp3', { whenLoaded: Promise.resolve() });
    await first.whenLive;
    initSpaceDoc(first.handle.doc, { id: 'sp3' }, { actor: 'u1' });
    const statusId = orderedStatuses(first.handle.doc)[0]!.id;
    const cardId = createCard(first.handle.doc, { statusId, title: 'Kept' }, { actor: 'u1' });
    const shown = first.store.getState().cards[cardId];
    first.close();

    const again = openSpace(docs, 'sp3', { whenLoaded: Promise.resolve() });
    expect(again.load.getState()).toBe('snapshot');
    expect(again.store.getState().cards[cardId]).toBe(shown);
    await again.whenLive;
    expect(again.load.getState()).toBe('live');
    expect(again.store.getState().cards[cardId]).toBe(shown);
    again.close();
  });
});
