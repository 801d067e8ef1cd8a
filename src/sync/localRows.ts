/**
 * The rows a local copy is stored as: y-dexie's update table (`{i, k, u, f}`: auto-incremented id, document
 * name, update in format v2, 1 = written on this device), which this code reads and writes itself so that
 * a big document loads in slices (src/sync/applyInTasks.ts) instead of one transaction.
 */
import type { Table } from 'dexie';
import type { OfflineDb } from './offlineDb.ts';

export interface UpdateRow {
  i: number;
  /** Document name, `<kind>/<id>`. */
  k: string;
  /** The update, format v2; absent on y-dexie's bookkeeping row (id 0). */
  u?: Uint8Array;
  f?: number;
  /** Set on the slices a compaction wrote (src/sync/localFolding.ts). */
  s?: 1;
}

/** A row to add: the id comes from the table (a compaction gives its slices ids of their own). */
export type NewUpdateRow = Omit<UpdateRow, 'i'> & { i?: number };

export type UpdateTable = Table<UpdateRow, number, NewUpdateRow>;

/**
 * Appends one row and resolves with its id once it is stored. Straight through IndexedDB while Dexie holds
 * a connection: a row is written for every edit (each drop, each field typed into), and Dexie's own add (a
 * transaction object, its promise zone) cost as much again as the write. IndexedDB runs transactions on a
 * table in the order they are made, so the row lands after every write whose transaction already exists.
 * A connection that cannot start a transaction (dropped by the browser, or in an upgrade) leaves the row to
 * Dexie, which reopens the database and retries.
 */
export function addUpdateRow(db: OfflineDb, table: UpdateTable, row: NewUpdateRow): Promise<number> {
  if (!db.isOpen()) return table.add(row);
  let transaction: IDBTransaction;
  let request: IDBRequest<IDBValidKey>;
  try {
    transaction = db.backendDB().transaction(table.name, 'readwrite');
    request = transaction.objectStore(table.name).add(row);
  } catch {
    return table.add(row);
  }
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve(request.result as number);
    transaction.onabort = () => reject(transaction.error ?? request.error ?? new Error('row not stored'));
  });
}

/** The update table of the `docs` table's `doc` property (y-dexie names and declares it). */
export function updateTableOf(db: OfflineDb): UpdateTable {
  const yProp = db.docs.schema.yProps?.find((p) => p.prop === 'doc');
  if (!yProp) throw new Error('offline database has no document updates table');
  return db.table(yProp.updatesTable);
}

/** The updates of `rows` in order, leaving out bookkeeping rows (y-dexie's row 0 holds no update). */
export function updatesOf(rows: readonly UpdateRow[]): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (const row of rows) if (row.u instanceof Uint8Array) updates.push(row.u);
  return updates;
}

/** The highest id among `rows`, 0 without any. */
export function lastId(rows: readonly UpdateRow[]): number {
  return rows.reduce((max, row) => Math.max(max, row.i), 0);
}
