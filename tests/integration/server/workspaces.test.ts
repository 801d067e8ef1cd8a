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

function open(docName: string, cookie: string): DocClient {
  const client = connectDoc(server.wsUrl, docName, cookie);
  clients.push(client);
  return client;
}

/** Status names of a space document in board order. */
function statusNames(doc: Y.Doc): string[] {
  const statuses = [...doc.getMap<Y.Map<unknown>>('statuses').values()];
  return statuses
    .sort((a, b) => (String(a.get('key')) < String(b.get('key')) ? -1 : 1))
    .map((s) => String(s.get('name')));
}

async function createWorkspace(cookie: string, type = 'private', name = 'Repairs Nord') {
  const res = await api<{ id: string }>(server.url, '/api/workspaces', { cookie, body: { name, type } });
  expect(res.status).toBe(201);
  return res.body.id;
}

describe('workspaces', () => {
  it('creates a workspace, makes the creator its owner and seeds its document', async () => {
    const { cookie } = await signupNew(server.url, 'owner');
    const res = await api(server.url, '/api/workspaces', {
      cookie,
      body: { name: ' Repairs Nord ', type: 'private' },
    });
    expect(res.status).toBe(201);
    const ws = res.body as { id: string; name: string; type: string };
    expect(ws).toMatchObject({ name: 'Repairs Nord', type: 'private' });
    expect(ws.id).toMatch(/^[A-Za-z0-9]{12}$/);

    const list = await api(server.url, '/api/workspaces', { cookie });
    expect(list.body).toEqual({
      workspaces: [{ id: ws.id, name: 'Repairs Nord', type: 'private', archived: false, role: 'owner' }],
    });

    const client = open(`workspace/${ws.id}`, cookie);
    await client.synced;
    expect(client.doc.getMap('meta').toJSON()).toMatchObject({
      id: ws.id,
      name: 'Repairs Nord',
      type: 'private',
    });
  });

  it('shows private workspaces to members only, public ones to all as visitor, org-wide as member', async () => {
    const owner = await signupNew(server.url, 'owner');
    const other = await signupNew(server.url, 'other');
    const priv = await createWorkspace(owner.cookie, 'private', 'Private');
    const pub = await createWorkspace(owner.cookie, 'public', 'Public');
    const org = await createWorkspace(owner.cookie, 'org_wide', 'Everyone');
    const list = await api<{ workspaces: Array<{ id: string; role: string }> }>(
      server.url,
      '/api/workspaces',
      {
        cookie: other.cookie,
      },
    );
    const roles = Object.fromEntries(list.body.workspaces.map((w) => [w.id, w.role]));
    expect(roles[priv]).toBeUndefined();
    expect(roles[pub]).toBe('visitor');
    expect(roles[org]).toBe('member');

    const joined = await api(server.url, `/api/workspaces/${pub}/join`, {
      method: 'POST',
      cookie: other.cookie,
    });
    expect(joined.body).toMatchObject({ role: 'member' });
    const after = await api<{ workspaces: Array<{ id: string; role: string }> }>(
      server.url,
      '/api/workspaces',
      {
        cookie: other.cookie,
      },
    );
    expect(after.body.workspaces.find((w) => w.id === pub)?.role).toBe('member');
  });

  it('does not let a visitor an owner set explicitly promote themselves by joining', async () => {
    const owner = await signupNew(server.url, 'owner');
    const other = await signupNew(server.url, 'other');
    const pub = await createWorkspace(owner.cookie, 'public');
    const demoted = await api(server.url, `/api/workspaces/${pub}/members`, {
      cookie: owner.cookie,
      body: { email: other.user.email, role: 'visitor' },
    });
    expect(demoted.status).toBe(201);

    const joined = await api(server.url, `/api/workspaces/${pub}/join`, {
      method: 'POST',
      cookie: other.cookie,
    });
    expect(joined.status).toBe(403);
    expect(joined.body).toMatchObject({ error: { code: 'role_set_by_owner' } });
    const list = await api<{ workspaces: Array<{ id: string; role: string }> }>(
      server.url,
      '/api/workspaces',
      {
        cookie: other.cookie,
      },
    );
    expect(list.body.workspaces.find((w) => w.id === pub)?.role).toBe('visitor');
  });

  it('refuses bad input and anonymous callers without creating anything', async () => {
    const { cookie } = await signupNew(server.url, 'owner');
    for (const body of [{ name: '', type: 'private' }, { name: 'X', type: 'secret' }, { type: 'public' }]) {
      const res = await api(server.url, '/api/workspaces', { cookie, body });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'invalid_input' } });
    }
    expect((await api(server.url, '/api/workspaces', { body: { name: 'X', type: 'private' } })).status).toBe(
      401,
    );
    const list = await api<{ workspaces: Array<{ role: string }> }>(server.url, '/api/workspaces', {
      cookie,
    });
    // Only other tests' public and org-wide workspaces, none owned by this user.
    expect(list.body.workspaces.filter((w) => w.role === 'owner')).toEqual([]);
  });

  it('lets an owner rename, archive and restore a workspace, in the list and in its document', async () => {
    const owner = await signupNew(server.url, 'owner');
    const member = await signupNew(server.url, 'member');
    const id = await createWorkspace(owner.cookie, 'private', 'Returns');
    await api(server.url, `/api/workspaces/${id}/members`, {
      cookie: owner.cookie,
      body: { email: member.user.email, role: 'member' },
    });
    const client = open(`workspace/${id}`, member.cookie);
    await client.synced;
    const listed = async (cookie: string) =>
      (
        await api<{ workspaces: Array<{ id: string; name: string; archived: boolean }> }>(
          server.url,
          '/api/workspaces',
          { cookie },
        )
      ).body.workspaces.find((w) => w.id === id);
    const patch = (cookie: string, body: unknown) =>
      api(server.url, `/api/workspaces/${id}`, { method: 'PATCH', cookie, body });

    const renamed = await patch(owner.cookie, { name: '  Returns & RMA ' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id, name: 'Returns & RMA', archived: false, role: 'owner' });
    expect(await listed(member.cookie)).toMatchObject({ name: 'Returns & RMA', archived: false });
    // Open documents see the new name live.
    await waitFor(() => client.doc.getMap('meta').get('name') === 'Returns & RMA', 'the new name');

    expect((await patch(owner.cookie, { archived: true })).body).toMatchObject({ archived: true });
    expect(await listed(member.cookie)).toMatchObject({ archived: true });
    expect((await patch(owner.cookie, { archived: false })).body).toMatchObject({ archived: false });
    expect(await listed(owner.cookie)).toMatchObject({ name: 'Returns & RMA', archived: false });
  });

  it('refuses a rename or archive by a non-owner, and bad input, changing nothing', async () => {
    const owner = await signupNew(server.url, 'owner');
    const member = await signupNew(server.url, 'member');
    const id = await createWorkspace(owner.cookie, 'public', 'Complaints');
    await api(server.url, `/api/workspaces/${id}/members`, {
      cookie: owner.cookie,
      body: { email: member.user.email, role: 'member' },
    });
    const patch = (cookie: string | undefined, body: unknown) =>
      api(server.url, `/api/workspaces/${id}`, { method: 'PATCH', cookie, body });

    expect((await patch(member.cookie, { name: 'Mine' })).status).toBe(403);
    expect((await patch(member.cookie, { archived: true })).status).toBe(403);
    expect((await patch(undefined, { name: 'Mine' })).status).toBe(401);
    for (const body of [
      {},
      { name: '   ' },
      { name: 'x'.repeat(201) },
      { archived: 'yes' },
      { type: 'private' },
    ]) {
      const res = await patch(owner.cookie, body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'invalid_input' } });
    }
    const empty = await patch(owner.cookie, {});
    expect((empty.body as { error: { message: string } }).error.message).toBe(
      'Say the new name, or whether the workspace is archived.',
    );
    const list = await api<{ workspaces: Array<{ id: string; name: string; archived: boolean }> }>(
      server.url,
      '/api/workspaces',
      { cookie: owner.cookie },
    );
    expect(list.body.workspaces.find((w) => w.id === id)).toMatchObject({
      name: 'Complaints',
      archived: false,
    });
    const missing = await api(server.url, '/api/workspaces/nosuchworkspace', {
      method: 'PATCH',
      cookie: owner.cookie,
      body: { name: 'X' },
    });
    expect(missing.status).toBe(404);
  });
});

describe('members', () => {
  it('lets only owners add and remove members, and never the last owner', async () => {
    const owner = await signupNew(server.url, 'owner');
    const agent = await signupNew(server.url, 'agent');
    const ws = await createWorkspace(owner.cookie);

    const byStranger = await api(server.url, `/api/workspaces/${ws}/members`, {
      cookie: agent.cookie,
      body: { email: agent.user.email, role: 'owner' },
    });
    expect(byStranger.status).toBe(404);

    const added = await api(server.url, `/api/workspaces/${ws}/members`, {
      cookie: owner.cookie,
      body: { email: agent.user.email.toUpperCase(), role: 'member' },
    });
    expect(added).toMatchObject({ status: 201, body: { userId: agent.user.id, role: 'member' } });

    const byMember = await api(server.url, `/api/workspaces/${ws}/members`, {
      cookie: agent.cookie,
      body: { email: agent.user.email, role: 'owner' },
    });
    expect(byMember.status).toBe(403);

    const unknown = await api(server.url, `/api/workspaces/${ws}/members`, {
      cookie: owner.cookie,
      body: { email: 'nobody@example.test', role: 'member' },
    });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'unknown_user' } } });
    const badRole = await api(server.url, `/api/workspaces/${ws}/members`, {
      cookie: owner.cookie,
      body: { email: agent.user.email, role: 'admin' },
    });
    expect(badRole.status).toBe(400);

    const lastOwner = await api(server.url, `/api/workspaces/${ws}/members/${owner.user.id}`, {
      method: 'DELETE',
      cookie: owner.cookie,
    });
    expect(lastOwner.status).toBe(409);

    const removed = await api(server.url, `/api/workspaces/${ws}/members/${agent.user.id}`, {
      method: 'DELETE',
      cookie: owner.cookie,
    });
    expect(removed.status).toBe(200);
    const list = await api<{ workspaces: Array<{ id: string }> }>(server.url, '/api/workspaces', {
      cookie: agent.cookie,
    });
    expect(list.body.workspaces.map((w) => w.id)).not.toContain(ws);
  });

  it('closes the sync connection of a removed member with 4403', async () => {
    const owner = await signupNew(server.url, 'owner');
    const agent = await signupNew(server.url, 'agent');
    const ws = await createWorkspace(owner.cookie);
    await api(server.url, `/api/workspaces/${ws}/members`, {
      cookie: owner.cookie,
      body: { email: agent.user.email, role: 'member' },
    });
    const client = open(`workspace/${ws}`, agent.cookie);
    await client.synced;
    await api(server.url, `/api/workspaces/${ws}/members/${agent.user.id}`, {
      method: 'DELETE',
      cookie: owner.cookie,
    });
    expect((await client.closed).code).toBe(4403);
  });
});

describe('spaces', () => {
  it('seeds a new space with To do / Doing / Done and lists it live in the open workspace', async () => {
    const { cookie } = await signupNew(server.url, 'owner');
    const ws = await createWorkspace(cookie);
    const wsClient = open(`workspace/${ws}`, cookie);
    await wsClient.synced;

    const res = await api<{ id: string }>(server.url, `/api/workspaces/${ws}/spaces`, {
      cookie,
      body: { name: 'Returns' },
    });
    expect(res.status).toBe(201);
    expect(res.body.id).toMatch(/^[A-Za-z0-9]{12}$/);
    const spaces = wsClient.doc.getMap<Y.Map<unknown>>('spaces');
    await waitFor(() => spaces.has(res.body.id), 'the space to appear in the open workspace document');
    expect(spaces.get(res.body.id)?.get('name')).toBe('Returns');

    const space = open(`space/${res.body.id}`, cookie);
    await space.synced;
    expect(statusNames(space.doc)).toEqual(['To do', 'Doing', 'Done']);
    expect(space.doc.getMap('meta').get('id')).toBe(res.body.id);
  });

  it('seeds a space from a named template', async () => {
    const { cookie } = await signupNew(server.url, 'owner');
    const ws = await createWorkspace(cookie);
    const res = await api<{ id: string }>(server.url, `/api/workspaces/${ws}/spaces`, {
      cookie,
      body: { name: 'Claims', template: 'warranty-claims' },
    });
    expect(res.status).toBe(201);
    const space = open(`space/${res.body.id}`, cookie);
    await space.synced;
    const names = statusNames(space.doc);
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toEqual(['To do', 'Doing', 'Done']);
  });

  it('refuses an unknown template, an unknown folder, visitors and strangers, listing nothing', async () => {
    const owner = await signupNew(server.url, 'owner');
    const visitor = await signupNew(server.url, 'visitor');
    const stranger = await signupNew(server.url, 'stranger');
    const ws = await createWorkspace(owner.cookie);
    await api(server.url, `/api/workspaces/${ws}/members`, {
      cookie: owner.cookie,
      body: { email: visitor.user.email, role: 'visitor' },
    });
    const path = `/api/workspaces/${ws}/spaces`;
    const template = await api(server.url, path, {
      cookie: owner.cookie,
      body: { name: 'X', template: 'nope' },
    });
    expect(template).toMatchObject({ status: 400, body: { error: { code: 'unknown_template' } } });
    const folder = await api(server.url, path, {
      cookie: owner.cookie,
      body: { name: 'X', folderId: 'nofolder' },
    });
    expect(folder).toMatchObject({ status: 400, body: { error: { code: 'unknown_folder' } } });
    const noName = await api(server.url, path, { cookie: owner.cookie, body: { name: '' } });
    expect(noName.status).toBe(400);
    expect((await api(server.url, path, { cookie: visitor.cookie, body: { name: 'X' } })).status).toBe(403);
    expect((await api(server.url, path, { cookie: stranger.cookie, body: { name: 'X' } })).status).toBe(404);

    const wsClient = open(`workspace/${ws}`, owner.cookie);
    await wsClient.synced;
    expect(wsClient.doc.getMap('spaces').size).toBe(0);
  });
});
