// First: Dexie's liveQuery, which y-dexie loads documents with, silently does nothing without a global IndexedDB.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldLocalCopies } from '../../../src/sync/localFolding.ts';
import { updateTableOf } from '../../../src/sync/localRows.ts';
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

async function updateRows(db: OfflineDb) {
  return updateTableOf(db).where('i').above(0).toArray();
}

describe('local copy compaction', () => {
  it("folds a document's updates into slices from a second connection while the page keeps it open", async () => {
    const idb = new IDBFactory();
    const { store, db } = open(idb);
    const local = store.openDocument('space/busy');
    await local.whenLoaded;
    for (let i = 0; i < 60; i++) local.doc.getMap('cards').set(`c${i}`, `Card ${i}`);
    await store.flush();
    const before = await updateRows(db);
    expect(before.length).toBeGreaterThanOrEqual(60);

    // What the worker runs, from its own connection, while the page keeps the document open.
    expect(await foldLocalCopies(db, updateTableOf(db))).toEqual(['space/busy']);
    const after = await updateRows(db);
    expect(after.every((row) => row.s === 1)).toBe(true);
    expect(after.length).toBeLessThan(before.length);
    // The slices sit before any later row and not after the last row the page has seen.
    expect(Math.max(...after.map((row) => row.i))).toBe(Math.max(...before.map((row) => row.i)));
    // Nothing left to fold until more is written.
    expect(await foldLocalCopies(db, updateTableOf(db))).toEqual([]);
    local.doc.getMap('cards').set('c60', 'Card 60');
    local.release();
    await store.flush();

    const { store: reopened } = open(idb);
    const again = reopened.openDocument('space/busy');
    await again.whenLoaded;
    expect(again.doc.getMap('cards').size).toBe(61);
    expect(again.doc.getMap('cards').get('c7')).toBe('Card 7');
    again.release();
  });

  it('splits a copy stored as one big update into slices', async () => {
    const idb = new IDBFactory();
    const { store, db } = open(idb);
    const source = new Y.Doc();
    const cards = source.getMap<Y.Map<string>>('cards');
    for (let i = 0; i < 6_000; i++) {
      const card = new Y.Map<string>();
      cards.set(`c${i}`, card);
      card.set('title', `Card ${i} `.repeat(8).trim());
    }
    const table = updateTableOf(db);
    await db.docs.put({ name: 'space/big', openedAt: 1 } as never);
    await table.add({ k: 'space/big', u: Y.encodeStateAsUpdateV2(source), f: 1 });

    expect(await foldLocalCopies(db, table)).toEqual(['space/big']);
    expect((await updateRows(db)).length).toBeGreaterThan(2);

    const local = store.openDocument('space/big');
    await local.whenLoaded;
    expect(local.doc.getMap('cards').size).toBe(6_000);
    expect((local.doc.getMap('cards').get('c5999') as Y.Map<string>).get('title')).toMatch(
      /^Card 5999 Card 5999/,
    );
    local.release();
  });
});
