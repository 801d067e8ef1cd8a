/**
 * One writer per data folder. Compaction deletes log rows it has folded into a snapshot and the document
 * registry trusts its memory as the whole document, so a second server (or the seed script) writing the same
 * database would lose edits. The lock is a file holding the owner's pid, created with `wx` so only one
 * process can create it; a lock whose process is gone (a crash, `kill -9`) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'afterboard.lock';

/**
 * Lock files this process holds. A lock naming this pid but not in here was left by an earlier process
 * that had the same pid: a container restarted after a crash runs the server under the same pid again.
 */
const held = new Set<string>();

/** Whether a process with this pid exists (EPERM: it exists but belongs to another user). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock of `dataDir` or throws "data folder … is in use by process N". Returns the release
 * function, which removes the file only while it still names this process.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.resolve(dataDir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readPid(file);
      const alive = owner === process.pid ? held.has(file) : owner !== null && processAlive(owner);
      // One takeover attempt only: if another process took the stale lock in between, it wins.
      if (alive) {
        throw new Error(`data folder ${dataDir} is in use by process ${owner}; stop it first`, {
          cause: error,
        });
      }
      if (attempt > 0) {
        throw new Error(`data folder ${dataDir} is being locked by another process`, { cause: error });
      }
      fs.rmSync(file, { force: true });
    }
  }
  held.add(file);
  return () => {
    held.delete(file);
    if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
  };
}
