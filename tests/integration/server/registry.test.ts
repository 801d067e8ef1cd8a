import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStorage } from '../../../server/storage/sqlite.ts';
import type { Storage } from '../../../server/storage/types.ts';
import { DocRegistry } from '../../../server/sync/registry.ts';
import type { Peer } from '../../../server/sync/sharedDoc.ts';
import { tempDataDir } from '../../fixtures/server.ts';

const opened: Storage[] = [];
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close();
});

function storage(): Storage {
  const s = openSqliteStorage(tempDataDir());
  opened.push(s);
  return s;
}

/** What a fresh load from storage would show of `name`. */
async function reload(store: Storage, name: string): Promise<unknown> {
  const stored = await store.loadDoc(name);
  const doc = new Y.Doc();
  for (const part of [stored.snapshot, ...stored.updates]) if (part) Y.applyUpdate(doc, part);
  return doc.getMap('cards').toJSON();
}

function fakePeer(): Peer & { closedWith: number | null } {
  return {
    userId: 'u1',
    readOnly: false,
    ownAwarenessId: undefined,
    relayedAwarenessIds: new Set(),
    lastSentAt: 0,
    closedWith: null,
    send() {},
    close(code) {
      this.closedWith = code;
    },
  };
}

describe('document registry', () => {
  it('loads a document requested twice at once only once', async () => {
    const store = storage();
    let loads = 0;
    const counting: Storage = { ...store, loadDoc: (name) => (loads++, store.loadDoc(name)) };
    const registry = new DocRegistry(counting, { unloadDelayMs: 1000, compactThreshold: 500 });
    const [a, b] = await Promise.all([registry.acquire('space/one'), registry.acquire('space/one')]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
    expect(a.holds).toBe(2);
    await registry.closeAll();
  });

  it('keeps an update that arrives while a compaction is being written', async () => {
    const store = storage();
    let openGate: () => void = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    // A slow database: the compaction's write waits until the test lets it through.
    const slow: Storage = { ...store, compact: async (...args) => (await gate, store.compact(...args)) };
    const registry = new DocRegistry(slow, { unloadDelayMs: 1000, compactThreshold: 500 });
    const shared = await registry.acquire('space/two');
    for (let i = 0; i < 10; i++) shared.doc.getMap('cards').set(`before-${i}`, i);
    await shared.flushed();

    const compaction = registry.compact(shared);
    await new Promise((resolve) => setImmediate(resolve));
    shared.doc.getMap('cards').set('during', true);
    await shared.flushed();
    openGate();
    await compaction;

    const stored = await store.loadDoc('space/two');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toHaveLength(1);
    expect(await reload(store, 'space/two')).toEqual(shared.doc.getMap('cards').toJSON());
    expect(await reload(store, 'space/two')).toHaveProperty('during', true);
    await registry.closeAll();
  });

  it('deletes only the rows the snapshot folded in, keeping a row it does not contain', async () => {
    const store = storage();
    const registry = new DocRegistry(store, { unloadDelayMs: 1000, compactThreshold: 500 });
    const shared = await registry.acquire('space/five');
    shared.doc.getMap('cards').set('a', 1);
    await shared.flushed();
    // A row the loaded document never saw, between two of its own.
    const foreign = new Y.Doc();
    foreign.getMap('cards').set('foreign', 2);
    await store.appendUpdate('space/five', Y.encodeStateAsUpdate(foreign));
    shared.doc.getMap('cards').set('b', 3);
    await shared.flushed();

    await registry.compact(shared);
    const stored = await store.loadDoc('space/five');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toHaveLength(1);
    expect(await reload(store, 'space/five')).toEqual({ a: 1, foreign: 2, b: 3 });
    await registry.closeAll();
  });

  it('folds a long log left by a crash into a snapshot right after loading', async () => {
    const store = storage();
    const source = new Y.Doc();
    source.on('update', (update: Uint8Array) => void store.appendUpdate('space/four', update));
    for (let i = 0; i < 30; i++) source.getMap('cards').set(`c${i}`, i);
    expect((await store.loadDoc('space/four')).updates).toHaveLength(30);

    const registry = new DocRegistry(store, { unloadDelayMs: 1000, compactThreshold: 10 });
    const shared = await registry.acquire('space/four');
    // Nothing else writes: only the registry's own compaction can empty the log.
    for (let tries = 0; (await store.loadDoc('space/four')).updates.length > 0; tries++) {
      if (tries > 200) throw new Error('the log was not compacted after loading');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await reload(store, 'space/four')).toEqual(source.getMap('cards').toJSON());
    expect(shared.doc.getMap('cards').toJSON()).toEqual(source.getMap('cards').toJSON());
    await registry.closeAll();
  });

  it('drops a document whose update could not be stored, closing its connections with 1011', async () => {
    const store = storage();
    let failing = false;
    const flaky: Storage = {
      ...store,
      appendUpdate: (name, update) =>
        failing ? Promise.reject(new Error('disk full')) : store.appendUpdate(name, update),
    };
    const registry = new DocRegistry(flaky, { unloadDelayMs: 1000, compactThreshold: 500 });
    const shared = await registry.acquire('space/three');
    const peer = fakePeer();
    shared.peers.add(peer);
    shared.doc.getMap('cards').set('stored', 1);
    await shared.flushed();
    failing = true;
    shared.doc.getMap('cards').set('lost', 2);
    await shared.flushed();
    expect(peer.closedWith).toBe(1011);

    failing = false;
    const again = await registry.acquire('space/three');
    expect(again).not.toBe(shared);
    expect(again.doc.getMap('cards').toJSON()).toEqual({ stored: 1 });
    await registry.closeAll();
  });
});
