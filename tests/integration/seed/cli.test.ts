import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, tempDataDir } from '../../fixtures/server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Runs `npm run seed` the way a user does (through tsx), bounded in time. */
function seed(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, AFTERBOARD_DATA: '' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run seed', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('seeds a data folder, prints what it made, and refuses to do it twice', () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const first = seed(['--data', dir, '--cards', '12', '--spaces', '2', '--solo']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Seeded workspace "Aftersales Service"');
    expect(first.out).toMatch(/Repairs & RMA\s+\d+ cards/);
    expect(first.out).toContain('demo@afterboard.local');
    expect(first.out).not.toContain('maria.schmidt@afterboard.local');

    const second = seed(['--data', dir, '--cards', '12', '--spaces', '2', '--solo']);
    expect(second.code).toBe(1);
    expect(second.err).toContain('already has a workspace named "Aftersales Service"');
  });

  it('rejects bad options before touching the data folder', () => {
    const dir = path.join(tempDataDir(), 'not-created');
    dirs.push(path.dirname(dir));
    const bad = seed(['--data', dir, '--spaces', '9']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('spaces must be an integer from 1 to 6');
    expect(fs.existsSync(dir)).toBe(false);

    const unknown = seed(['--colour', 'red']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Usage: npm run seed');
  });

  it('refuses a data folder that a running server holds', async () => {
    const server = await startTestServer();
    dirs.push(server.dataDir);
    try {
      const result = seed(['--data', server.dataDir, '--cards', '4', '--spaces', '1', '--solo']);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/Seed refused: cannot open .* in use by process/);
    } finally {
      await server.close();
    }
  });
});
