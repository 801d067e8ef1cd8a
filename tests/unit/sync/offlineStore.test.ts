// First: Dexie's liveQuery, which y-dexie loads documents with, silently does nothing without a global IndexedDB.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import * as Y from 'yjs';
import yDexie, { DexieYProvider } from 'y-dexie';
import { DEFAULT_OFFLINE_DB_NAME } from '../../../src/sync/offlineDb.ts';
import { createOfflineStore, type OfflineStore } from '../../../src/sync/offlineStore.ts';

const open: OfflineStore[] = [];
function storeOn(indexedDB: IDBFactory): OfflineStore {
  const store = createOfflineStore({ indexedDB, IDBKeyRange });
  open.push(store);
  return store;
}

/** How many `updateV2` listeners a document has (Yjs keeps them in `_observers`). */
function updateListeners(doc: object): number {
  const observers = (doc as { _observers: Map<string, Set<unknown>> })._observers;
  return observers.get('updateV2')?.size ?? 0;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('offline store', () => {
  it('gives back a document after the Y.Doc is dropped and the database reopened', async () => {
    const idb = new IDBFactory();
    const first = storeOn(idb);
    const local = first.openDocument('space/s1');
    await local.whenLoaded;
    local.doc.getMap('cards').set('c1', 'Replace pump');
    local.doc.getMap('cards').set('c2', 'Check seal');
    local.release();
    expect(local.doc.isDestroyed).toBe(true);
    await first.close();

    const second = storeOn(idb);
    const again = second.openDocument('space/s1');
    expect(again.doc).not.toBe(local.doc);
    await again.whenLoaded;
    expect(again.doc.getMap('cards').toJSON()).toEqual({ c1: 'Replace pump', c2: 'Check seal' });
    again.release();
  });

  it('keeps edits made before the local copy finished loading', async () => {
    const idb = new IDBFactory();
    const first = storeOn(idb);
    const local = first.openDocument('space/early');
    local.doc.getMap('meta').set('id', 'early');
    await local.whenLoaded;
    local.release();
    await first.close();

    const second = storeOn(idb);
    const again = second.openDocument('space/early');
    await again.whenLoaded;
    expect(again.doc.getMap('meta').get('id')).toBe('early');
    again.release();
  });

  it('writes edits made before the local copy loaded even when released before it loaded', async () => {
    const idb = new IDBFactory();
    const first = storeOn(idb);
    const local = first.openDocument('space/quick');
    local.doc.getMap('cards').set('c1', 'Noisy fan');
    local.release(); // the user navigated away at once
    await expect(local.whenLoaded).rejects.toThrow(/released/);
    await first.close();

    const second = storeOn(idb);
    const again = second.openDocument('space/quick');
    await again.whenLoaded;
    expect(again.doc.getMap('cards').get('c1')).toBe('Noisy fan');
    again.release();
  });

  it('reports a document row it cannot write and stops buffering edits for it', async () => {
    const store = storeOn(new IDBFactory());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('storage is full', 'QuotaExceededError');
    });
    const local = store.openDocument('space/full');
    const failures: unknown[] = [];
    local.onFailure((error) => failures.push(error));
    await expect(local.whenLoaded).rejects.toThrow(/storage is full/);
    expect(failures).toHaveLength(1);
    // Nothing may keep collecting this document's updates now: it would grow until the document closes.
    expect(updateListeners(local.doc)).toBe(0);
    const late: unknown[] = [];
    local.onFailure((error) => late.push(error));
    expect(late).toHaveLength(1); // a listener added later still learns the copy is failing
    local.release();
  });

  it('reports an edit it cannot store', async () => {
    const store = storeOn(new IDBFactory());
    const local = store.openDocument('space/edits');
    await local.whenLoaded;
    const failures: unknown[] = [];
    local.onFailure((error) => failures.push(error));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('storage is full', 'QuotaExceededError');
    });
    local.doc.getMap('cards').set('c1', 'not stored');
    await vi.waitFor(() => expect(failures).toHaveLength(1));
    expect(String(failures[0])).toMatch(/storage is full/);
    local.release();
  });

  it('keeps documents apart by name', async () => {
    const store = storeOn(new IDBFactory());
    const a = store.openDocument('space/a');
    const b = store.openDocument('space/b');
    await Promise.all([a.whenLoaded, b.whenLoaded]);
    a.doc.getMap('meta').set('id', 'a');
    b.doc.getMap('meta').set('id', 'b');
    a.release();
    b.release();
    await store.flush();
    const a2 = store.openDocument('space/a');
    await a2.whenLoaded;
    expect(a2.doc.getMap('meta').toJSON()).toEqual({ id: 'a' });
    a2.release();
    expect((await store.listDocuments()).map((d) => d.name).sort()).toEqual(['space/a', 'space/b']);
  });

  it("applies another tab's edits to a copy open in both, and never re-reads its own", async () => {
    const idb = new IDBFactory();
    const tabA = storeOn(idb);
    const tabB = storeOn(idb);
    const a = tabA.openDocument('space/shared');
    const b = tabB.openDocument('space/shared');
    await Promise.all([a.whenLoaded, b.whenLoaded]);
    const applied = { a: 0, b: 0 };
    a.doc.on('afterTransaction', (t: { origin: unknown }) => void (a.isLoadOrigin(t.origin) && applied.a++));
    b.doc.on('afterTransaction', (t: { origin: unknown }) => void (b.isLoadOrigin(t.origin) && applied.b++));

    a.doc.getMap('cards').set('c1', 'Pump seal');
    await vi.waitFor(() => expect(b.doc.getMap('cards').get('c1')).toBe('Pump seal'));
    b.doc.getMap('cards').set('c2', 'Fan');
    await vi.waitFor(() => expect(a.doc.getMap('cards').get('c2')).toBe('Fan'));
    await tabA.flush();
    await tabB.flush();
    // Each tab applied the other's edit once and nothing of its own.
    expect(applied).toEqual({ a: 1, b: 1 });
    a.release();
    b.release();
  });

  it('stores a first download whole once it is complete, or not at all, and local edits at once', async () => {
    const SERVER = { server: true };
    const idb = new IDBFactory();
    const first = storeOn(idb);
    const local = first.openDocument('space/download');
    await local.whenLoaded;
    let complete!: () => void;
    let cut!: (error: Error) => void;
    local.holdUntil(
      SERVER,
      new Promise<void>((resolve, reject) => {
        complete = resolve;
        cut = reject;
      }),
    );
    const server = new Y.Doc();
    server.getMap('cards').set('c1', 'From the server');
    Y.applyUpdate(local.doc, Y.encodeStateAsUpdate(server), SERVER);
    local.doc.getMap('cards').set('c2', 'Typed here');
    await first.flush();

    // Read by a second connection while the download is unfinished: only the local edit is there.
    const peek = storeOn(idb).openDocument('space/download');
    await peek.whenLoaded;
    expect(peek.doc.getMap('cards').toJSON()).toEqual({ c2: 'Typed here' });
    peek.release();

    complete();
    await vi.waitFor(async () => {
      await first.flush();
      const again = storeOn(idb).openDocument('space/download');
      await again.whenLoaded;
      const cards = again.doc.getMap('cards').toJSON();
      again.release();
      expect(cards).toEqual({ c1: 'From the server', c2: 'Typed here' });
    });

    // A download cut short (the page closed, the server refused) leaves nothing of it.
    const other = first.openDocument('space/cut');
    await other.whenLoaded;
    other.holdUntil(SERVER, new Promise<void>((_, reject) => (cut = reject)));
    Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(server), SERVER);
    cut(new Error('closed'));
    await first.flush();
    const after = storeOn(idb).openDocument('space/cut');
    await after.whenLoaded;
    expect(after.doc.getMap('cards').size).toBe(0);
    after.release();
    local.release();
    other.release();
  });

  it('rejects whenLoaded when released before loading', async () => {
    const store = storeOn(new IDBFactory());
    const local = store.openDocument('space/gone');
    local.release();
    await expect(local.whenLoaded).rejects.toThrow(/released/);
  });

  it('stores the signed-in user and their workspaces, and forgets them on clear', async () => {
    const idb = new IDBFactory();
    const first = storeOn(idb);
    expect(await first.loadSession()).toBeNull();
    await first.saveSession({ id: 'u1', name: 'Ada' }, [{ id: 'w1', name: 'Depot', role: 'owner' }]);
    await first.close();

    const second = storeOn(idb);
    const session = await second.loadSession();
    expect(session?.user).toEqual({ id: 'u1', name: 'Ada' });
    expect(session?.workspaces).toEqual([{ id: 'w1', name: 'Depot', role: 'owner' }]);

    const doc = second.openDocument('space/s1');
    await doc.whenLoaded;
    doc.doc.getMap('meta').set('id', 's1');
    doc.release();
    await second.clear();
    expect(await second.loadSession()).toBeNull();
    expect(await second.listDocuments()).toEqual([]);
    const reopened = second.openDocument('space/s1');
    await reopened.whenLoaded;
    expect(reopened.doc.getMap('meta').size).toBe(0);
    reopened.release();
  });

  it('keeps the local copies when only the session ends', async () => {
    const store = storeOn(new IDBFactory());
    await store.claimCopies('u1');
    await store.saveSession({ id: 'u1', name: 'Ada' }, null);
    const doc = store.openDocument('space/s1');
    await doc.whenLoaded;
    doc.doc.getMap('meta').set('id', 's1');
    doc.release();
    await store.flush();

    await store.clearSession();
    expect(await store.loadSession()).toBeNull();
    // The same person signing in again finds the edits that never reached the server.
    expect(await store.claimCopies('u1')).toBe(false);
    expect((await store.listDocuments()).map((d) => d.name)).toEqual(['space/s1']);
  });

  it("deletes another person's copies and session when someone else claims them", async () => {
    const store = storeOn(new IDBFactory());
    await store.claimCopies('u1');
    await store.saveSession({ id: 'u1', name: 'Ada' }, [{ id: 'w1' }]);
    const doc = store.openDocument('space/s1');
    await doc.whenLoaded;
    doc.doc.getMap('meta').set('id', 's1');
    doc.release();
    await store.flush();

    expect(await store.claimCopies('u2')).toBe(true);
    expect(await store.listDocuments()).toEqual([]);
    expect(await store.loadSession()).toBeNull();
    const reopened = store.openDocument('space/s1');
    await reopened.whenLoaded;
    expect(reopened.doc.getMap('meta').size).toBe(0);
    reopened.release();
  });

  it('deletes copies whose owner is unknown when someone claims them', async () => {
    const store = storeOn(new IDBFactory());
    const doc = store.openDocument('space/s1');
    await doc.whenLoaded;
    doc.release();
    await store.flush();

    expect(await store.claimCopies('u1')).toBe(true);
    expect(await store.listDocuments()).toEqual([]);
    // An empty store has nothing to lose: claiming it deletes nothing.
    expect(await storeOn(new IDBFactory()).claimCopies('u1')).toBe(false);
  });

  it('ignores a saved session it cannot read', async () => {
    const idb = new IDBFactory();
    const store = storeOn(idb);
    await store.saveSession({ id: 'u1' } as unknown as { id: string; name: string }, null);
    expect(await store.loadSession()).toBeNull();
  });

  it('remembers which documents hold unsent edits until told they were sent, or cleared', async () => {
    const idb = new IDBFactory();
    const first = storeOn(idb);
    await first.setUnsent('space/s1', true);
    await first.setUnsent('space/s2', true);
    await first.setUnsent('space/s2', false);
    await first.close();

    const second = storeOn(idb);
    expect(await second.listUnsent()).toEqual(['space/s1']);
    await second.clear();
    expect(await second.listUnsent()).toEqual([]);
    await second.setUnsent('space/s3', true);
    await second.claimCopies('u2');
    expect(await second.listUnsent()).toEqual([]);
  });

  it('opens a database written by the first schema version with its documents intact', async () => {
    const idb = new IDBFactory();
    const old = new Dexie(DEFAULT_OFFLINE_DB_NAME, {
      addons: [yDexie],
      cache: 'disabled',
      indexedDB: idb,
      IDBKeyRange,
    });
    old.version(1).stores({ docs: 'name, openedAt, doc: Y.Doc', session: 'key' });
    await old.table('docs').put({ name: 'space/s1', openedAt: 1 });
    const doc = DexieYProvider.getOrCreateDocument(old, 'docs', 'doc', 'space/s1');
    const provider = DexieYProvider.load(doc);
    await provider.whenLoaded;
    doc.getMap('cards').set('c1', 'Replace pump');
    DexieYProvider.release(doc);
    await old.transaction('r', old.tables, () => {});
    old.close();

    const store = storeOn(idb);
    const again = store.openDocument('space/s1');
    await again.whenLoaded;
    expect(again.doc.getMap('cards').toJSON()).toEqual({ c1: 'Replace pump' });
    again.release();
    expect(await store.listUnsent()).toEqual([]);
  });
});
