import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpace } from '../../../src/domain/read/space.ts';
import { readHistory } from '../../../src/domain/history/log.ts';
import { readUser, workspaceMaps } from '../../../src/domain/index.ts';
import { SeedConflictError, seedWorkspace, type SeedResult } from '../../../server/seed/index.ts';
import { openSqliteStorage } from '../../../server/storage/sqlite.ts';
import {
  api,
  connectDoc,
  cookieFrom,
  startTestServer,
  tempDataDir,
  type TestServer,
} from '../../fixtures/server.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 16, 0);
const EMAIL = 'demo@afterboard.local';
const PASSWORD = 'afterboard-demo';

describe('seeded demo workspace', () => {
  let dataDir: string;
  let seeded: SeedResult;
  let server: TestServer;

  beforeAll(async () => {
    dataDir = tempDataDir();
    const storage = openSqliteStorage(dataDir);
    try {
      seeded = await seedWorkspace(storage, { cards: 40, spaces: 2, days: 90, seed: 7, now: NOW });
    } finally {
      await storage.close();
    }
    server = await startTestServer({ dataDir });
  });

  afterAll(async () => {
    await server?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function login(email: string): Promise<string> {
    const res = await api(server.url, '/api/auth/login', { body: { email, password: PASSWORD } });
    expect(res.status).toBe(200);
    return cookieFrom(res);
  }

  it('lets the demo owner sign in and find the workspace', async () => {
    const cookie = await login(EMAIL);
    const res = await api<{ workspaces: Array<{ id: string; name: string; role: string }> }>(
      server.url,
      '/api/workspaces',
      { cookie },
    );
    expect(res.body.workspaces).toContainEqual({
      id: seeded.workspaceId,
      name: 'Aftersales Service',
      type: 'private',
      archived: false,
      role: 'owner',
    });
  });

  it('has projected the seeded history into the activity stream before any space is opened', async () => {
    const res = await api<{ events: Array<{ spaceId: string; actorSource: string; at: number }> }>(
      server.url,
      '/api/activity?limit=200',
      { cookie: await login(EMAIL) },
    );
    expect(res.status).toBe(200);
    expect(res.body.events).toHaveLength(200);
    expect(new Set(res.body.events.map((event) => event.spaceId))).toEqual(
      new Set(seeded.spaces.map((space) => space.id)),
    );
    expect(res.body.events.every((event) => event.actorSource === 'recorded')).toBe(true);
    // Newest first by when things happened, not one space's whole history after the other's.
    const times = res.body.events.map((event) => event.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(res.body.events.slice(0, 20).map((event) => event.spaceId)).size).toBe(2);
  });

  it('serves the workspace document listing the seeded spaces', async () => {
    const client = connectDoc(server.wsUrl, `workspace/${seeded.workspaceId}`, await login(EMAIL));
    try {
      await client.synced;
      const spaces = workspaceMaps(client.doc).spaces;
      expect([...spaces.keys()].sort()).toEqual(seeded.spaces.map((s) => s.id).sort());
      expect(seeded.spaces.map((s) => spaces.get(s.id)?.get('name'))).toEqual([
        'Repairs & RMA',
        'Warranty claims',
      ]);
    } finally {
      client.destroy();
    }
  });

  it('serves a space with its cards and 90 days of history over the socket', async () => {
    const space = seeded.spaces[0]!;
    const client = connectDoc(server.wsUrl, `space/${space.id}`, await login(EMAIL));
    try {
      await client.synced;
      const snapshot = readSpace(client.doc);
      const cards = Object.values(snapshot.cards);
      expect(cards).toHaveLength(space.cards);
      expect(cards.every((card) => /^RMA-\d{4} /.test(card.title))).toBe(true);

      const history = readHistory(client.doc);
      expect(history).toHaveLength(space.historyEvents);
      const times = history.map((event) => event.at);
      expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW - 90 * DAY);
      expect(Math.max(...times)).toBeLessThanOrEqual(NOW);
      expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(45 * DAY);
      expect(history.filter((event) => event.type === 'moved').length).toBeGreaterThan(space.cards);

      // Events are by the seeded people, and cards are in more than one status.
      const userIds = new Set(seeded.users.map((user) => user.id));
      expect(history.every((event) => userIds.has(event.by))).toBe(true);
      expect(new Set(cards.map((card) => card.pos.statusId)).size).toBeGreaterThan(2);
    } finally {
      client.destroy();
    }
  });

  it("fills the owner's MySpace with mirrors of seeded cards", async () => {
    const owner = seeded.users.find((user) => user.email === EMAIL)!;
    const client = connectDoc(server.wsUrl, `user/${owner.id}`, await login(EMAIL));
    try {
      await client.synced;
      const mySpace = readUser(client.doc);
      const mirrors = Object.values(mySpace.mirrors);
      expect(owner.mirrors).toBeGreaterThan(0);
      expect(mirrors).toHaveLength(owner.mirrors);
      const spaceIds = new Set(seeded.spaces.map((space) => space.id));
      for (const mirror of mirrors) {
        expect(spaceIds.has(mirror.spaceId)).toBe(true);
        expect(mySpace.sections[mirror.sectionId]).toBeDefined();
      }
    } finally {
      client.destroy();
    }
  });

  it('gives the team member accounts access, the auditor read-only', async () => {
    const maria = await login('maria.schmidt@afterboard.local');
    const eva = await login('eva.richter@afterboard.local');
    const list = async (cookie: string) =>
      (
        await api<{ workspaces: Array<{ id: string; role: string }> }>(server.url, '/api/workspaces', {
          cookie,
        })
      ).body.workspaces;
    expect(await list(maria)).toContainEqual(
      expect.objectContaining({ id: seeded.workspaceId, role: 'member' }),
    );
    expect(await list(eva)).toContainEqual(
      expect.objectContaining({ id: seeded.workspaceId, role: 'visitor' }),
    );
  });
});

describe('seeding a folder twice', () => {
  it('is refused unless forced, and a forced run reuses the accounts', async () => {
    const dataDir = tempDataDir();
    const storage = openSqliteStorage(dataDir);
    try {
      const first = await seedWorkspace(storage, { cards: 4, spaces: 1, now: NOW });
      await expect(seedWorkspace(storage, { cards: 4, spaces: 1, now: NOW })).rejects.toBeInstanceOf(
        SeedConflictError,
      );
      const again = await seedWorkspace(storage, { cards: 4, spaces: 1, now: NOW, force: true });
      expect(again.workspaceId).not.toBe(first.workspaceId);
      expect(again.users.every((user) => !user.created)).toBe(true);
    } finally {
      await storage.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
