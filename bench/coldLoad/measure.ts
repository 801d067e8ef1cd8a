/**
 * Times one cold load of a stored document: from nothing in memory to a document the server can serve.
 * Measured twice over the same stored rows: step by step (storage read, decode, migrate) to show where the
 * time goes, and through the server's own `DocRegistry` for the total it actually pays.
 */
import * as Y from 'yjs';
import { migrate } from '../../src/domain/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { prepareLoadedDoc } from '../../server/sync/prepareDoc.ts';
import { DocRegistry } from '../../server/sync/registry.ts';
import type { Storage } from '../../server/storage/types.ts';

export interface LoadSteps {
  /** `storage.loadDoc`: SQLite read of the snapshot and the log rows (ms). */
  readMs: number;
  /** Snapshot and log rows applied to a fresh `Y.Doc` in one transaction, as the server loads (ms). */
  decodeMs: number;
  /** Schema migration check/run (ms). */
  migrateMs: number;
  /** The same load through `DocRegistry.acquire`, as the sync endpoint does it (ms). */
  registryMs: number;
}

/** One measured load of `docName` from `dataDir`. Opening the database is not timed: a server has it open. */
export async function measureLoad(dataDir: string, docName: string): Promise<LoadSteps> {
  const storage = openSqliteStorage(dataDir);
  try {
    const steps = await stepwise(storage, docName);
    const registryMs = await throughRegistry(storage, docName);
    return { ...steps, registryMs };
  } finally {
    await storage.close();
  }
}

async function stepwise(storage: Storage, docName: string): Promise<Omit<LoadSteps, 'registryMs'>> {
  const t0 = performance.now();
  const stored = await storage.loadDoc(docName);
  const t1 = performance.now();
  const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    for (const part of parts) Y.applyUpdate(doc, part);
  });
  const t2 = performance.now();
  migrate(doc, 'space');
  const t3 = performance.now();
  doc.destroy();
  return { readMs: t1 - t0, decodeMs: t2 - t1, migrateMs: t3 - t2 };
}

async function throughRegistry(storage: Storage, docName: string): Promise<number> {
  // The server's own load hook and compaction threshold; the loaded document is destroyed directly rather
  // than released, because an unload would compact it and change what the next run reads.
  const registry = new DocRegistry(storage, {
    unloadDelayMs: 60_000,
    compactThreshold: 500,
    onLoaded: (shared) => prepareLoadedDoc(shared.name, shared.doc),
  });
  const started = performance.now();
  const shared = await registry.acquire(docName);
  const elapsed = performance.now() - started;
  shared.destroy();
  return elapsed;
}
