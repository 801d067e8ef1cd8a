import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../../server/storage/sqlite.ts';
import type { Storage } from '../../../server/storage/types.ts';
import { startTestServer, tempDataDir } from '../../fixtures/server.ts';

const open: Storage[] = [];
afterEach(async () => {
  for (const storage of open.splice(0)) await storage.close();
});

function openStore(dataDir: string): Storage {
  const storage = openSqliteStorage(dataDir);
  open.push(storage);
  return storage;
}

describe('single writer per data folder', () => {
  it('refuses a second opener of a folder in use at once, naming the process', async () => {
    const dataDir = tempDataDir();
    openStore(dataDir);
    expect(() => openSqliteStorage(dataDir)).toThrow(
      `data folder ${dataDir} is in use by process ${process.pid}; stop it first`,
    );
    await expect(startTestServer({ dataDir })).rejects.toThrow(/is in use by process/);
  });

  it('releases the lock on close, so the folder can be opened again', async () => {
    const dataDir = tempDataDir();
    await openStore(dataDir).close();
    expect(fs.existsSync(path.join(dataDir, 'afterboard.lock'))).toBe(false);
    expect(() => openStore(dataDir)).not.toThrow();
  });

  it('takes over a lock naming this pid that this process does not hold (a restarted container)', () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(path.join(dataDir, 'afterboard.lock'), `${process.pid}\n`);
    expect(() => openStore(dataDir)).not.toThrow();
  });

  it('takes over the lock of a process that no longer exists', () => {
    const dataDir = tempDataDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.writeFileSync(path.join(dataDir, 'afterboard.lock'), `${dead}\n`);
    openStore(dataDir);
    expect(fs.readFileSync(path.join(dataDir, 'afterboard.lock'), 'utf8').trim()).toBe(String(process.pid));
  });
});
