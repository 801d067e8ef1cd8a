// First: Dexie's liveQuery, which y-dexie loads documents with, silently does nothing without a global IndexedDB.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { compressYDocs } from 'y-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createOfflineDb, type OfflineDb } from '../../../src/sync/offlineDb.ts';
import { createOfflineStore, type OfflineStore } from '../../../src/sync/offlineStore.ts';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function open(idb: IDBFactory): { store: OfflineStore; db: OfflineDb } {
  const store = createOfflineStore({ indexedDB: idb, IDBKeyRange });
  // A second connection, as the compaction worker has.
  const db = createOfflineDb({ indexedDB: idb, IDBKeyRange });
  closers.push(
    () => store.close(),
    () => db.close(),
  );
  return { store, db };
}

async function updateRows(db: OfflineDb): Promise<number> {
  const table = db.docs.schema.yProps!.find((p) => p.prop === 'doc')!.updatesTable;
  // Row 0 is y-dexie's own bookkeeping (when it last compacted), not an update.
  return db.table(table).where('i').above(0).count();
}

describe('local copy compaction', () => {
  it("folds a document's updates into one from a second connection while the page keeps it open", async () => {
    const idb = new IDBFactory();
    const { store, db } = open(idb);
    const local = store.openDocument('space/busy');
    await local.whenLoaded;
    for (let i = 0; i < 20; i++) local.doc.getMap('cards').set(`c${i}`, `Card ${i}`);
    await store.flush();
    expect(await updateRows(db)).toBeGreaterThanOrEqual(20);

    // What the worker runs, from its own connection, while the page keeps the document open.
    await compressYDocs(db);
    expect(await updateRows(db)).toBe(1);
    local.doc.getMap('cards').set('c20', 'Card 20');
    local.release();
    await store.flush();

    const { store: reopened } = open(idb);
    const again = reopened.openDocument('space/busy');
    await again.whenLoaded;
    expect(again.doc.getMap('cards').size).toBe(21);
    expect(again.doc.getMap('cards').get('c7')).toBe('Card 7');
    again.release();
  });
});
