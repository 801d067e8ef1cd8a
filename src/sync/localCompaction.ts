/**
 * Keeps the local copies compact off the main thread. y-dexie appends every update a document receives
 * and folds them together from time to time by decoding the whole document and encoding it again: for a
 * space of thousands of cards that takes seconds, which on the page's thread would freeze the board. So
 * its built-in timer is off (src/sync/offlineDb.ts) and a dedicated worker does the same folding on the
 * same database; the page's y-dexie providers are unaffected, as they are by another tab doing it.
 */

export interface LocalCompaction {
  stop(): void;
}

const NONE: LocalCompaction = { stop: () => undefined };

/** Starts the compaction worker; does nothing where workers do not exist (Node tests, very old browsers). */
export function startLocalCompaction(): LocalCompaction {
  if (typeof Worker === 'undefined') return NONE;
  const worker = new Worker(new URL('./compactionWorker.ts', import.meta.url), {
    type: 'module',
    name: 'afterboard-compaction',
  });
  return { stop: () => worker.terminate() };
}
