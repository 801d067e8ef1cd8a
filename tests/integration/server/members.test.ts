import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signupNew, startTestServer, type TestServer } from '../../fixtures/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface Member {
  id: string;
  name: string;
  role: string;
  email?: string;
}

async function createWorkspace(cookie: string, type: string, name = 'Repairs Nord'): Promise<string> {
  const res = await api<{ id: string }>(server.url, '/api/workspaces', { cookie, body: { name, type } });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function addMember(workspaceId: string, ownerCookie: string, email: string, role: string) {
  const res = await api(server.url, `/api/workspaces/${workspaceId}/members`, {
    cookie: ownerCookie,
    body: { email, role },
  });
  expect(res.status).toBe(201);
}

const membersOf = (workspaceId: string, cookie?: string) =>
  api<{ members: Member[] }>(server.url, `/api/workspaces/${workspaceId}/members`, { cookie });

describe('the member directory of a workspace', () => {
  it('lists the members with their roles; emails only to owners', async () => {
    const owner = await signupNew(server.url, 'owner');
    const agent = await signupNew(server.url, 'agent');
    const auditor = await signupNew(server.url, 'auditor');
    const id = await createWorkspace(owner.cookie, 'private');
    await addMember(id, owner.cookie, agent.user.email, 'member');
    await addMember(id, owner.cookie, auditor.user.email, 'visitor');

    const forOwner = await membersOf(id, owner.cookie);
    expect(forOwner.status).toBe(200);
    const byId = (list: Member[]) => Object.fromEntries(list.map((member) => [member.id, member]));
    expect(byId(forOwner.body.members)).toEqual({
      [owner.user.id]: { id: owner.user.id, name: owner.user.name, role: 'owner', email: owner.user.email },
      [agent.user.id]: { id: agent.user.id, name: agent.user.name, role: 'member', email: agent.user.email },
      [auditor.user.id]: {
        id: auditor.user.id,
        name: auditor.user.name,
        role: 'visitor',
        email: auditor.user.email,
      },
    });

    for (const cookie of [agent.cookie, auditor.cookie]) {
      const res = await membersOf(id, cookie);
      expect(res.status).toBe(200);
      expect(byId(res.body.members)).toEqual({
        [owner.user.id]: { id: owner.user.id, name: owner.user.name, role: 'owner' },
        [agent.user.id]: { id: agent.user.id, name: agent.user.name, role: 'member' },
        [auditor.user.id]: { id: auditor.user.id, name: auditor.user.name, role: 'visitor' },
      });
    }
  });

  it('follows membership changes', async () => {
    const owner = await signupNew(server.url, 'owner');
    const agent = await signupNew(server.url, 'agent');
    const id = await createWorkspace(owner.cookie, 'private');
    await addMember(id, owner.cookie, agent.user.email, 'member');
    const removed = await api(server.url, `/api/workspaces/${id}/members/${agent.user.id}`, {
      method: 'DELETE',
      cookie: owner.cookie,
    });
    expect(removed.status).toBe(200);
    const res = await membersOf(id, owner.cookie);
    expect(res.body.members.map((member) => member.id)).toEqual([owner.user.id]);
  });

  it('lets a member leave a private workspace, and keeps owner-set visitors and org-wide members in', async () => {
    const owner = await signupNew(server.url, 'owner');
    const agent = await signupNew(server.url, 'agent');
    const leave = (workspaceId: string, who: { user: { id: string }; cookie: string }) =>
      api<{ error?: { code: string } }>(server.url, `/api/workspaces/${workspaceId}/members/${who.user.id}`, {
        method: 'DELETE',
        cookie: who.cookie,
      });

    const closed = await createWorkspace(owner.cookie, 'private');
    await addMember(closed, owner.cookie, agent.user.email, 'member');
    expect((await leave(closed, agent)).status).toBe(200);
    expect((await membersOf(closed, agent.cookie)).status).toBe(404);

    // A visitor by an owner's choice would turn into a visitor free to join a public workspace as a member.
    const open = await createWorkspace(owner.cookie, 'public', 'Open desk');
    await addMember(open, owner.cookie, agent.user.email, 'visitor');
    const refused = await leave(open, agent);
    expect(refused.status).toBe(403);
    expect((await membersOf(open, owner.cookie)).body.members).toContainEqual(
      expect.objectContaining({ id: agent.user.id, role: 'visitor' }),
    );

    // Everyone is in an org-wide workspace: leaving would only drop the role an owner set.
    const everyone = await createWorkspace(owner.cookie, 'org_wide', 'Everyone');
    await addMember(everyone, owner.cookie, agent.user.email, 'visitor');
    expect((await leave(everyone, agent)).status).toBe(403);
    expect((await membersOf(everyone, owner.cookie)).body.members).toContainEqual(
      expect.objectContaining({ id: agent.user.id, role: 'visitor' }),
    );
  });

  it('counts every user of the instance as a member of an org-wide workspace', async () => {
    const owner = await signupNew(server.url, 'owner');
    const colleague = await signupNew(server.url, 'colleague');
    const id = await createWorkspace(owner.cookie, 'org_wide', 'Everyone');
    const res = await membersOf(id, colleague.cookie);
    expect(res.status).toBe(200);
    expect(res.body.members).toContainEqual({ id: owner.user.id, name: owner.user.name, role: 'owner' });
    expect(res.body.members).toContainEqual({
      id: colleague.user.id,
      name: colleague.user.name,
      role: 'member',
    });
  });

  it('lets an implicit visitor of a public workspace read it, without listing them', async () => {
    const owner = await signupNew(server.url, 'owner');
    const passerby = await signupNew(server.url, 'passerby');
    const id = await createWorkspace(owner.cookie, 'public', 'Open desk');
    const res = await membersOf(id, passerby.cookie);
    expect(res.status).toBe(200);
    expect(res.body.members).toEqual([{ id: owner.user.id, name: owner.user.name, role: 'owner' }]);
  });

  it('answers 401 without a session, and the same 404 for a private workspace and an unknown one', async () => {
    const owner = await signupNew(server.url, 'owner');
    const stranger = await signupNew(server.url, 'stranger');
    const id = await createWorkspace(owner.cookie, 'private');

    expect((await membersOf(id)).status).toBe(401);
    const forbidden = await membersOf(id, stranger.cookie);
    const unknown = await membersOf('NoSuchWorkspace', stranger.cookie);
    expect(forbidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    // Nothing tells a private workspace from a missing one, so ids cannot be probed.
    expect(forbidden.body).toEqual(unknown.body);
  });
});
