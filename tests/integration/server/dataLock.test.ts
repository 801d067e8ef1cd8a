import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PID_FILE } from '../../../server/storage/dataLock.ts';
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

/** A child process holding the storage of `dataDir` open until killed; resolves once it holds it. */
function holdInChild(dataDir: string) {
  const code = `
    const { openSqliteStorage } = await import(${JSON.stringify(path.resolve('server/storage/sqlite.ts'))});
    openSqliteStorage(${JSON.stringify(dataDir)});
    console.log('held');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const held = new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('held')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`holder exited:\n${output}`)));
  });
  return { child, held, exited };
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
    expect(fs.existsSync(path.join(dataDir, PID_FILE))).toBe(false);
    expect(() => openStore(dataDir)).not.toThrow();
  });

  it('decides by the lock, not the pid file: a file naming this or another live pid is no lock', () => {
    const dataDir = tempDataDir();
    // What a restarted container leaves behind: the server's pid then is the same as before the crash.
    fs.writeFileSync(path.join(dataDir, PID_FILE), `${process.pid}\n`);
    expect(() => openStore(dataDir)).not.toThrow();
    const other = tempDataDir();
    fs.writeFileSync(path.join(other, PID_FILE), `${process.ppid}\n`);
    expect(() => openStore(other)).not.toThrow();
    expect(fs.readFileSync(path.join(other, PID_FILE), 'utf8').trim()).toBe(String(process.pid));
  });

  it('refuses a folder another process holds even when its pid file is gone or wrong', async () => {
    const dataDir = tempDataDir();
    const holder = holdInChild(dataDir);
    try {
      await holder.held;
      expect(() => openSqliteStorage(dataDir)).toThrow(`is in use by process ${holder.child.pid}`);
      fs.rmSync(path.join(dataDir, PID_FILE));
      expect(() => openSqliteStorage(dataDir)).toThrow('is in use by another Afterboard process');
      const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
      fs.writeFileSync(path.join(dataDir, PID_FILE), `${dead}\n`);
      expect(() => openSqliteStorage(dataDir)).toThrow(`is in use by process ${dead}`);
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
    // The kernel released the lock with the process.
    openStore(dataDir);
    expect(fs.readFileSync(path.join(dataDir, PID_FILE), 'utf8').trim()).toBe(String(process.pid));
  });

  it('lets exactly one of many simultaneous openers win', async () => {
    const dataDir = tempDataDir();
    const holders = Array.from({ length: 4 }, () => holdInChild(dataDir));
    const outcomes = await Promise.allSettled(holders.map((holder) => holder.held));
    for (const holder of holders) holder.child.kill('SIGKILL');
    await Promise.all(holders.map((holder) => holder.exited));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
  });
});
