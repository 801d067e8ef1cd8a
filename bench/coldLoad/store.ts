/**
 * Puts the busy space into a fresh data folder the way a running server leaves it: one compacted snapshot
 * plus a tail of small updates that arrived after the last compaction.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { spaceMaps } from '../../src/domain/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { createRandom } from '../../server/seed/random.ts';
import { grantBenchAccess } from '../lib/access.ts';
import { editOnce, statusList, TEAM } from './busySpace.ts';

export interface StoredSpace {
  dataDir: string;
  docName: string;
  snapshotBytes: number;
  tailUpdates: number;
  tailBytes: number;
  cards: number;
  historyEvents: number;
  /** Size of the SQLite database file (with its WAL), in bytes. */
  dbBytes: number;
  /** Cookie header of a session that may open the space. */
  cookie: string;
}

/**
 * Stores `doc` as a snapshot, then makes edits on it until its history has `tail` more events, appending
 * each edit's update as its own row, like the server does as updates arrive. Returns where and how big it is.
 */
export async function storeWithTail(doc: Y.Doc, spaceId: string, tail: number): Promise<StoredSpace> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterboard-bench-'));
  const docName = `space/${spaceId}`;
  const storage = openSqliteStorage(dataDir);
  let stored: Omit<StoredSpace, 'dbBytes' | 'cookie'>;
  let cookie: string;
  try {
    cookie = (await grantBenchAccess(storage, [spaceId])).cookies[0]!;
    const snapshot = Y.encodeStateAsUpdate(doc);
    // Written straight as the snapshot (covering no log rows), as a compaction would have left it.
    await storage.compact(docName, snapshot, 0, []);

    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    doc.on('update', collect);
    const random = createRandom(99);
    const statuses = statusList(doc);
    const live = [...spaceMaps(doc).cards.entries()].filter(([, card]) => card.get('archived') !== true);
    let at = Date.UTC(2026, 1, 1);
    // An edit can be a no-op (the same value again), so count events, not edits; bounded all the same.
    const target = spaceMaps(doc).history.length + tail;
    for (let guard = 0; spaceMaps(doc).history.length < target && guard < tail * 4; guard++) {
      at += 60_000;
      editOnce(doc, random, statuses, random.pick(live)[0], { actor: random.pick(TEAM), now: () => at });
    }
    doc.off('update', collect);
    for (const update of updates) await storage.appendUpdate(docName, update);

    stored = {
      dataDir,
      docName,
      snapshotBytes: snapshot.byteLength,
      tailUpdates: updates.length,
      tailBytes: updates.reduce((sum, u) => sum + u.byteLength, 0),
      cards: spaceMaps(doc).cards.size,
      historyEvents: spaceMaps(doc).history.length,
    };
  } finally {
    await storage.close();
  }
  // Closing checkpointed the WAL into the database file, so its size now is the stored size.
  return { ...stored, cookie, dbBytes: databaseBytes(dataDir) };
}

/** Size of the database files of a data folder, in bytes. */
export function databaseBytes(dataDir: string): number {
  return fs
    .readdirSync(dataDir)
    .filter((name) => name.startsWith('afterboard.db'))
    .reduce((sum, name) => sum + fs.statSync(path.join(dataDir, name)).size, 0);
}
