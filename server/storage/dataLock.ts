/**
 * One writer per data folder. Compaction deletes log rows it has folded into a snapshot and the document
 * registry trusts its memory as the whole document, so a second server (or the seed script) writing the same
 * database would lose edits.
 *
 * The lock is SQLite's own exclusive lock on the database file, a kernel lock: the connection is put in
 * `locking_mode=EXCLUSIVE` and makes one write at open, after which it holds the lock until it closes, and
 * the operating system releases it when the process dies, whatever the pid or container. A pid file is
 * written once the lock is held, only to name the holder in the error a second opener gets; it never
 * decides anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

/** Holds the pid of the process that has the database open, for the error message only. */
export const PID_FILE = 'afterboard.pid';

/**
 * How long the first write waits for a lock another connection holds. A live holder keeps it until it
 * stops, so waiting longer only delays the error; a short wait still rides out a brief check by a tool.
 */
const LOCK_WAIT_MS = 200;

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the exclusive lock of `db`, the freshly opened database of `dataDir`, before anything else touches
 * it; throws "data folder … is in use by process N; stop it first" when another connection holds it.
 * Returns the release function, to call after the database is closed (closing releases the lock itself).
 */
export function lockDatabase(db: Database.Database, dataDir: string): () => void {
  const file = path.resolve(dataDir, PID_FILE);
  try {
    db.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
    // Before the first access: in WAL mode an exclusive connection then keeps its index in its own
    // memory and never uses the shared-memory file, which is what lets it hold the lock for good.
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    // A write transaction takes the write lock, which exclusive mode then never gives back.
    db.exec('BEGIN IMMEDIATE; COMMIT;');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED') throw error;
    const owner = readPid(file);
    const holder = owner === null ? 'another Afterboard process' : `process ${owner}`;
    throw new Error(`data folder ${dataDir} is in use by ${holder}; stop it first`, { cause: error });
  }
  fs.writeFileSync(file, `${process.pid}\n`);
  return () => {
    if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
  };
}
