/**
 * Worker body of `startLocalCompaction` (src/sync/localCompaction.ts): folds the local copies in IndexedDB
 * into slices (src/sync/localFolding.ts), soon after start and then every few minutes.
 */
import { foldLocalCopies } from './localFolding.ts';
import { updateTableOf } from './localRows.ts';
import { createOfflineDb } from './offlineDb.ts';

const FIRST_RUN_MS = 10_000;
const INTERVAL_MS = 5 * 60_000;

const db = createOfflineDb();

function run(): void {
  foldLocalCopies(db, updateTableOf(db))
    // A failed fold leaves that copy's rows as they were (each copy is folded in one transaction); the
    // next run tries again.
    .catch((error: unknown) => console.warn('Compacting the local copies failed', error))
    .finally(() => setTimeout(run, INTERVAL_MS));
}

setTimeout(run, FIRST_RUN_MS);
