/**
 * Worker body of `startLocalCompaction` (src/sync/localCompaction.ts): folds the updates of the local copies in IndexedDB
 * with y-dexie's own routine, on y-dexie's schedule (first soon after start, then every few minutes;
 * y-dexie skips a run when any tab's worker ran one within the interval).
 */
import { compressYDocs } from 'y-dexie';
import { createOfflineDb } from './offlineDb.ts';

const FIRST_RUN_MS = 10_000;
const INTERVAL_MS = 5 * 60_000;

const db = createOfflineDb();

function run(): void {
  compressYDocs(db, INTERVAL_MS)
    // A failed run leaves the updates as they were (y-dexie writes the folded update and deletes the
    // folded ones in one transaction); the next run tries again.
    .catch((error: unknown) => console.warn('Compacting the local copies failed', error))
    .finally(() => setTimeout(run, INTERVAL_MS));
}

setTimeout(run, FIRST_RUN_MS);
