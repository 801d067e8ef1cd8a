import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  api,
  connectDoc,
  signupNew,
  startTestServer,
  waitFor,
  type DocClient,
  type TestServer,
} from '../../fixtures/server.ts';

let server: TestServer;
const clients: DocClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

interface Demo {
  id: string;
  name: string;
  role: string;
  spaces: Array<{ id: string; name: string }>;
}

const mirrorCount = (doc: Y.Doc) => doc.getMap('mirrors').size;

describe('the demo workspace of a fresh instance', () => {
  it('is created for the instance owner only, once, with the owner, the team and live MySpace', async () => {
    // The first account of an empty instance owns the instance.
    const owner = await signupNew(server.url, 'owner');
    expect(owner.user.instanceRole).toBe('owner');
    const colleague = await signupNew(server.url, 'colleague');

    const refused = await api(server.url, '/api/demo', { method: 'POST', cookie: colleague.cookie });
    expect(refused.status).toBe(403);
    expect(await api(server.url, '/api/demo', { method: 'POST' })).toMatchObject({ status: 401 });

    // The owner's MySpace is open while the demo is seeded: its new mirrors must arrive live.
    const mySpace = connectDoc(server.wsUrl, `user/${owner.user.id}`, owner.cookie);
    clients.push(mySpace);
    await mySpace.synced;
    expect(mirrorCount(mySpace.doc)).toBe(0);

    const res = await api<Demo>(server.url, '/api/demo', { method: 'POST', cookie: owner.cookie });
    expect(res.status).toBe(201);
    const demo = res.body;
    expect(demo).toMatchObject({ name: 'Aftersales Service', role: 'owner' });
    expect(demo.spaces.map((space) => space.name)).toEqual([
      'Repairs & RMA',
      'Warranty claims',
      'Complaints',
      'Maintenance visits',
    ]);

    const list = await api<{ workspaces: Array<{ id: string; role: string }> }>(
      server.url,
      '/api/workspaces',
      { cookie: owner.cookie },
    );
    expect(list.body.workspaces).toContainEqual(expect.objectContaining({ id: demo.id, role: 'owner' }));
    // The colleague is not in the private demo workspace.
    const other = await api<{ workspaces: unknown[] }>(server.url, '/api/workspaces', {
      cookie: colleague.cookie,
    });
    expect(other.body.workspaces).toEqual([]);

    const members = await api<{ members: Array<{ id: string; name: string; role: string }> }>(
      server.url,
      `/api/workspaces/${demo.id}/members`,
      { cookie: owner.cookie },
    );
    const names = members.body.members.map((member) => member.name);
    expect(names).toContain(owner.user.name);
    expect(names).toEqual(expect.arrayContaining(['Maria Schmidt', 'Jonas Weber', 'Eva Richter']));
    expect(members.body.members.find((m) => m.id === owner.user.id)?.role).toBe('owner');

    // The documents are served like any other: the workspace lists the spaces, a space has cards.
    const workspace = connectDoc(server.wsUrl, `workspace/${demo.id}`, owner.cookie);
    const space = connectDoc(server.wsUrl, `space/${demo.spaces[0]!.id}`, owner.cookie);
    clients.push(workspace, space);
    await Promise.all([workspace.synced, space.synced]);
    expect(workspace.doc.getMap('spaces').size).toBe(4);
    expect(space.doc.getMap('cards').size).toBeGreaterThan(10);
    await waitFor(() => mirrorCount(mySpace.doc) > 0, 'the demo mirrors in the open MySpace');

    // The made-up history fills the streams but notifies nobody: the new owner starts with none unread.
    const stream = await api<{ events: unknown[] }>(server.url, `/api/activity?space=${demo.spaces[0]!.id}`, {
      cookie: owner.cookie,
    });
    expect(stream.body.events.length).toBeGreaterThan(0);
    // The owner's stream across the four spaces reads newest first, the spaces' events interleaved.
    const mine = await api<{ events: Array<{ at: number; spaceId: string }> }>(
      server.url,
      '/api/activity?limit=200',
      { cookie: owner.cookie },
    );
    const times = mine.body.events.map((event) => event.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(mine.body.events.slice(0, 50).map((event) => event.spaceId)).size).toBeGreaterThan(1);
    const unread = await api<{ unread: number }>(server.url, '/api/notifications/unread-count', {
      cookie: owner.cookie,
    });
    expect(unread.body.unread).toBe(0);

    // Nobody can sign in as a demo teammate: their password is random and never shown.
    const login = await api(server.url, '/api/auth/login', {
      body: { email: 'maria.schmidt@afterboard.local', password: 'afterboard-demo' },
    });
    expect(login.status).toBe(401);

    // Once per instance.
    const again = await api<{ error: { code: string } }>(server.url, '/api/demo', {
      method: 'POST',
      cookie: owner.cookie,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('demo_exists');
    const after = await api<{ workspaces: unknown[] }>(server.url, '/api/workspaces', {
      cookie: owner.cookie,
    });
    expect(after.body.workspaces).toHaveLength(list.body.workspaces.length);
  });

  it('needs the JSON content type, like every state-changing request', async () => {
    const res = await fetch(`${server.url}/api/demo`, { method: 'POST' });
    expect(res.status).toBe(415);
  });
});
