// The activity page query on SQLite, beyond its scan window: a reader of quiet spaces among 25,000 newer
// events of others gets the same page, in the same order, as a reader of busy ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../../server/storage/sqlite.ts';
import type { NewActivity, Storage } from '../../../server/storage/types.ts';
import { tempDataDir } from '../../fixtures/server.ts';

let storage: Storage;

const row = (spaceId: string, n: number, type = 'moved'): NewActivity => ({
  spaceId,
  eventId: `1:${n}`,
  cardId: `card${n % 7}`,
  type,
  at: 1_000 + n,
  actor: 'agent',
  actorSource: 'session',
  recordedBy: 'agent',
  data: { toStatusId: 'repair' },
});

beforeAll(async () => {
  storage = openSqliteStorage(tempDataDir());
  await storage.createUser({ id: 'lead', email: 'l@x.test', name: 'Lead', passwordHash: 'x', createdAt: 1 });
  for (const ws of ['quiet', 'busy']) {
    await storage.createWorkspace({ id: ws, name: ws, type: 'private', createdBy: 'lead', createdAt: 1 });
    for (const n of [1, 2]) {
      await storage.createSpace({ id: `${ws}${n}`, workspaceId: ws, createdBy: 'lead', createdAt: 1 });
    }
  }
  // Old events in the quiet spaces, then 25,000 in the busy ones, then one more quiet event.
  await storage.insertActivity([
    row('quiet1', 1, 'created'),
    row('quiet2', 2, 'created'),
    row('quiet1', 3),
    row('quiet2', 4, 'commented'),
  ]);
  const busy: NewActivity[] = [];
  for (let n = 5; n < 25_005; n++) busy.push(row(n % 2 === 0 ? 'busy1' : 'busy2', n));
  await storage.insertActivity(busy);
  await storage.insertActivity([row('quiet1', 25_005)]);
});
afterAll(async () => {
  await storage.close();
});

const ids = (rows: Array<{ spaceId: string; eventId: string }>) =>
  rows.map((r) => `${r.spaceId}/${r.eventId}`);

describe('the activity page query', () => {
  it('finds the events of quiet spaces far below the newest rows, newest first', async () => {
    const page = await storage.queryActivity({ workspaceIds: ['quiet'], limit: 3 });
    expect(ids(page)).toEqual(['quiet1/1:25005', 'quiet2/1:4', 'quiet1/1:3']);
    const next = await storage.queryActivity({ workspaceIds: ['quiet'], limit: 3, before: page[2]!.seq });
    expect(ids(next)).toEqual(['quiet2/1:2', 'quiet1/1:1']);
    const comments = await storage.queryActivity({ workspaceIds: ['quiet'], limit: 3, type: 'commented' });
    expect(ids(comments)).toEqual(['quiet2/1:4']);
    const early = await storage.queryActivity({ workspaceIds: ['quiet'], limit: 5, from: 1_002, to: 1_004 });
    expect(ids(early)).toEqual(['quiet1/1:3', 'quiet2/1:2']);
  });

  it('gives a reader of everything the newest rows, and nothing of unreadable workspaces', async () => {
    const page = await storage.queryActivity({ workspaceIds: ['quiet', 'busy'], limit: 3 });
    expect(ids(page)).toEqual(['quiet1/1:25005', 'busy1/1:25004', 'busy2/1:25003']);
    expect(await storage.queryActivity({ workspaceIds: [], limit: 3 })).toEqual([]);
    expect(await storage.queryActivity({ workspaceIds: ['elsewhere'], limit: 3 })).toEqual([]);
  });

  it('answers what arrived after a cursor, near the top and far below it, newest first', async () => {
    const [newest] = await storage.queryActivity({ workspaceIds: ['quiet', 'busy'], limit: 1 });
    expect(await storage.queryActivity({ workspaceIds: ['quiet'], limit: 5, after: newest!.seq })).toEqual(
      [],
    );
    const since = await storage.queryActivity({ workspaceIds: ['quiet'], limit: 5, after: newest!.seq - 2 });
    expect(ids(since)).toEqual(['quiet1/1:25005']);
    // A cursor deep in the table walks space by space, and pages down between the two cursors.
    const deep = await storage.queryActivity({ workspaceIds: ['quiet'], limit: 2, after: 2 });
    expect(ids(deep)).toEqual(['quiet1/1:25005', 'quiet2/1:4']);
    const rest = await storage.queryActivity({
      workspaceIds: ['quiet'],
      limit: 5,
      after: 2,
      before: deep[1]!.seq,
    });
    expect(ids(rest)).toEqual(['quiet1/1:3']);
  });
});
