import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { DEFAULT_SECTION_NAME } from '../../../src/domain/index.ts';
import {
  afterServerHandled,
  api,
  connectDoc,
  cookieFrom,
  signupNew,
  startTestServer,
  waitFor,
  type DocClient,
  type TestServer,
} from '../../fixtures/server.ts';

let server: TestServer;
const clients: DocClient[] = [];
let owner: { user: { id: string }; cookie: string };
let member: { user: { id: string; email: string }; cookie: string };
let visitor: { user: { id: string; email: string }; cookie: string };
let stranger: { user: { id: string }; cookie: string };
let workspaceId: string;
let spaceId: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signupNew(server.url, 'owner');
  member = await signupNew(server.url, 'member');
  visitor = await signupNew(server.url, 'visitor');
  stranger = await signupNew(server.url, 'stranger');
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie: owner.cookie,
    body: { name: 'Service', type: 'private' },
  });
  workspaceId = ws.body.id;
  for (const [who, role] of [
    [member, 'member'],
    [visitor, 'visitor'],
  ] as const) {
    await api(server.url, `/api/workspaces/${workspaceId}/members`, {
      cookie: owner.cookie,
      body: { email: who.user.email, role },
    });
  }
  const space = await api<{ id: string }>(server.url, `/api/workspaces/${workspaceId}/spaces`, {
    cookie: owner.cookie,
    body: { name: 'Returns' },
  });
  spaceId = space.body.id;
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

/** A new session of the account with `email` (the fixtures' password). */
async function logIn(email: string): Promise<{ cookie: string }> {
  const res = await api(server.url, '/api/auth/login', {
    body: { email, password: 'correct horse battery' },
  });
  return { cookie: cookieFrom(res) };
}

function open(docName: string, cookie?: string): DocClient {
  const client = connectDoc(server.wsUrl, docName, cookie);
  clients.push(client);
  return client;
}

/** Opens a raw websocket to `/sync/<path>` and resolves with the server's close code. */
function closeCodeOf(path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.wsUrl}/sync/${path}`, { headers });
    ws.on('close', (code) => resolve(code));
    ws.on('error', reject);
  });
}

describe('sync access', () => {
  it('closes a connection without a valid session with 4401', async () => {
    expect((await open(`space/${spaceId}`).closed).code).toBe(4401);
    expect((await open(`space/${spaceId}`, `afterboard_session=${'x'.repeat(43)}`).closed).code).toBe(4401);
  });

  it('closes with 4403 for non-members, unknown documents and another user’s document', async () => {
    expect((await open(`space/${spaceId}`, stranger.cookie).closed).code).toBe(4403);
    expect((await open(`workspace/${workspaceId}`, stranger.cookie).closed).code).toBe(4403);
    expect((await open('space/doesnotexist', owner.cookie).closed).code).toBe(4403);
    expect((await open(`user/${member.user.id}`, owner.cookie).closed).code).toBe(4403);
  });

  it('closes with 4400 for a malformed document name', async () => {
    const headers = { cookie: owner.cookie };
    expect(await closeCodeOf('card/abc', headers)).toBe(4400);
    expect(await closeCodeOf(`space/${spaceId}/extra`, headers)).toBe(4400);
    expect(await closeCodeOf('space/bad%20id', headers)).toBe(4400);
  });

  it('refuses a connection whose Origin is another site', async () => {
    const code = await closeCodeOf(`space/${spaceId}`, {
      cookie: owner.cookie,
      origin: 'http://evil.example',
    });
    expect(code).toBe(4403);
  });

  it('lets a user open their own user document', async () => {
    const mine = open(`user/${member.user.id}`, member.cookie);
    await mine.synced;
    // Sign-up seeded it: the first MySpace section is there before the client writes anything.
    const sections = [...mine.doc.getMap<Y.Map<unknown>>('sections').values()];
    expect(sections.map((section) => section.get('name'))).toEqual([DEFAULT_SECTION_NAME]);
    mine.doc.getMap('prefs').set('theme', 'dark');
    const again = open(`user/${member.user.id}`, member.cookie);
    await again.synced;
    await waitFor(() => again.doc.getMap('prefs').get('theme') === 'dark', 'the preference to sync');
  });

  it('lets a visitor read live updates but drops every edit it sends', async () => {
    const writer = open(`space/${spaceId}`, member.cookie);
    const reader = open(`space/${spaceId}`, visitor.cookie);
    await Promise.all([writer.synced, reader.synced]);
    expect(reader.doc.getMap('statuses').size).toBe(3);

    writer.doc.getMap('cards').set('real', 'by member');
    await waitFor(() => reader.doc.getMap('cards').has('real'), 'the member’s edit to reach the visitor');

    reader.doc.getMap('cards').set('forged', 'by visitor');
    await afterServerHandled(reader, writer);
    expect(writer.doc.getMap('cards').has('forged')).toBe(false);
    const fresh = open(`space/${spaceId}`, owner.cookie);
    await fresh.synced;
    expect(fresh.doc.getMap('cards').get('real')).toBe('by member');
    expect(fresh.doc.getMap('cards').has('forged')).toBe(false);
    // Visitors keep their connection and their presence.
    expect(reader.provider.wsconnected).toBe(true);
  });

  it("tells a person's open pages when they are added to a workspace, through their own document", async () => {
    const newcomer = await signupNew(server.url, 'newcomer');
    const own = open(`user/${newcomer.user.id}`, newcomer.cookie);
    await own.synced;
    await api(server.url, `/api/workspaces/${workspaceId}/members`, {
      cookie: owner.cookie,
      body: { email: newcomer.user.email, role: 'member' },
    });
    expect((await own.closed).code).toBe(4009);
    await waitFor(() => own.provider.wsconnected, 'their own document to reconnect');

    // The same role set again changes nothing, and closes nothing.
    let closes = 0;
    own.provider.on('connection-close', () => (closes += 1));
    const again = await api(server.url, `/api/workspaces/${workspaceId}/members`, {
      cookie: owner.cookie,
      body: { email: newcomer.user.email, role: 'member' },
    });
    expect(again.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closes).toBe(0);
    expect(own.provider.wsconnected).toBe(true);
  });

  it('closes the sockets of a session when it signs out (4401), and only those', async () => {
    // The member signed in twice: two browsers, two sessions.
    const otherSession = (await logIn(member.user.email)).cookie;
    const tab = open(`space/${spaceId}`, member.cookie);
    const ownDoc = open(`user/${member.user.id}`, member.cookie);
    const elsewhere = open(`space/${spaceId}`, otherSession);
    await Promise.all([tab.synced, ownDoc.synced, elsewhere.synced]);

    const out = await api(server.url, '/api/auth/logout', { method: 'POST', cookie: member.cookie });
    expect(out.status).toBe(200);
    expect((await tab.closed).code).toBe(4401);
    expect((await ownDoc.closed).code).toBe(4401);
    // The other session goes on, and its edits still arrive.
    elsewhere.doc.getMap('cards').set('after-logout', true);
    const watcher = open(`space/${spaceId}`, owner.cookie);
    await watcher.synced;
    await waitFor(() => watcher.doc.getMap('cards').has('after-logout'), 'the other session’s edit');
    expect(elsewhere.provider.wsconnected).toBe(true);
    // The member signed in again for the tests after this one.
    member.cookie = (await logIn(member.user.email)).cookie;
  });

  it("closes a demoted member's connection with 4009, and drops their edits from then on", async () => {
    const demoted = await signupNew(server.url, 'demoted');
    const setRole = (role: string) =>
      api(server.url, `/api/workspaces/${workspaceId}/members`, {
        cookie: owner.cookie,
        body: { email: demoted.user.email, role },
      });
    await setRole('member');
    const client = open(`space/${spaceId}`, demoted.cookie);
    const watcher = open(`space/${spaceId}`, owner.cookie);
    await Promise.all([client.synced, watcher.synced]);
    client.doc.getMap('cards').set('as-member', true);
    await afterServerHandled(client, watcher);
    expect(watcher.doc.getMap('cards').has('as-member')).toBe(true);

    await setRole('visitor');
    // The socket closes with "access changed", so the client asks again what it may do; it reconnects.
    expect((await client.closed).code).toBe(4009);
    client.doc.getMap('cards').set('as-visitor', true);
    await waitFor(() => client.provider.wsconnected, 'the demoted client to reconnect');
    await afterServerHandled(client, watcher);
    expect(watcher.doc.getMap('cards').has('as-visitor')).toBe(false);
    expect(watcher.provider.wsconnected).toBe(true);
  });
});
