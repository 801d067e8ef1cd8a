// Rows of local copies: added straight through IndexedDB when the connection can take them, through Dexie
// (which reopens a dropped connection) when it cannot; stored in the order they were added either way.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createOfflineDb, type OfflineDb } from '../../../src/sync/offlineDb.ts';
import { addUpdateRow, updateTableOf } from '../../../src/sync/localRows.ts';

const open: OfflineDb[] = [];
function database(): OfflineDb {
  const db = createOfflineDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(db);
  return db;
}

const row = (n: number) => ({ k: 'space/rows', u: new Uint8Array([n]), f: 1 });

afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('update rows', () => {
  it('stores rows in the order they were added and gives back their ids', async () => {
    const db = database();
    await db.open();
    const table = updateTableOf(db);
    const ids = await Promise.all([1, 2, 3].map((n) => addUpdateRow(db, table, row(n))));
    const stored = await table.where('k').equals('space/rows').toArray();
    expect(stored.map((r) => r.i)).toEqual(ids);
    expect(stored.map((r) => r.u![0])).toEqual([1, 2, 3]);
  });

  it('still stores a row after the browser dropped the connection', async () => {
    const db = database();
    await db.open();
    const table = updateTableOf(db);
    await addUpdateRow(db, table, row(1));
    db.backendDB().close();
    await addUpdateRow(db, table, row(2));
    const stored = await table.where('k').equals('space/rows').toArray();
    expect(stored.map((r) => r.u![0])).toEqual([1, 2]);
  });

  it('stores a row through Dexie before the database is open', async () => {
    const db = database();
    const table = updateTableOf(db);
    const id = await addUpdateRow(db, table, row(7));
    expect((await table.get(id))?.u?.[0]).toBe(7);
  });
});
