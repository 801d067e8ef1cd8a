/**
 * Keeps local copies quick to load: a copy grows by one row per update (every edit, every message from the
 * server), and a copy stored as one big update applies as one long task. Folding rewrites a copy's rows as
 * the slices of its state (src/sync/stateSlices.ts): few rows, each applied in a short task.
 *
 * Runs in the compaction worker (src/sync/compactionWorker.ts), never on the page's thread. Each copy is
 * folded in one IndexedDB transaction, so a page or another tab's worker sees either the old rows or the
 * slices, never a mix. The slices take ids in (last folded id − 1, last folded id]: not above any id a page
 * following the table has seen, so pages do not apply them again, and still before every later row.
 */
import * as Y from 'yjs';
import type { OfflineDb } from './offlineDb.ts';
import type { NewUpdateRow, UpdateRow, UpdateTable } from './localRows.ts';
import { encodeStateSlices } from './stateSlices.ts';

/** Unfolded rows a copy may have before it is folded. */
const MAX_LOOSE_ROWS = 50;
/** An unfolded row bigger than this (a whole document from an older version, say) is folded at once. */
const MAX_LOOSE_BYTES = 256 * 1024;

/** Whether a copy's rows are worth folding. */
export function needsFolding(rows: readonly UpdateRow[]): boolean {
  const loose = rows.filter((row) => row.u instanceof Uint8Array && row.s !== 1);
  return loose.length >= MAX_LOOSE_ROWS || loose.some((row) => row.u!.length > MAX_LOOSE_BYTES);
}

/** The rows that replace `rows` (all of one copy, in id order): its state as slices. */
export function foldedRows(docName: string, rows: readonly UpdateRow[]): NewUpdateRow[] {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const row of rows) if (row.u instanceof Uint8Array) Y.applyUpdateV2(doc, row.u);
  });
  const slices = encodeStateSlices(doc, { format: 'v2' });
  doc.destroy();
  const last = rows.at(-1)!.i;
  return slices.map((u, index) => ({ i: last - 1 + (index + 1) / slices.length, k: docName, u, f: 1, s: 1 }));
}

/** Folds every local copy that needs it. @returns the names of the copies folded. */
export async function foldLocalCopies(db: OfflineDb, table: UpdateTable): Promise<string[]> {
  const folded: string[] = [];
  for (const name of (await db.docs.toCollection().primaryKeys()) as string[]) {
    const done = await db.transaction('rw', table, async () => {
      const rows = (await table.where('k').equals(name).toArray()).sort((a, b) => a.i - b.i);
      if (rows.length === 0 || !needsFolding(rows)) return false;
      const replacement = foldedRows(name, rows);
      await table.bulkDelete(rows.map((row) => row.i));
      await table.bulkAdd(replacement);
      return true;
    });
    if (done) folded.push(name);
  }
  return folded;
}
