// Following and notifications over the real server: clients write through the stock y-websocket client,
// the server's projection decides who is told, and the API answers each user their own notifications from
// the spaces they may read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addComment,
  clearBlocker,
  createCard,
  moveCard,
  orderedStatuses,
  setBlocker,
  updateCard,
} from '../../../src/domain/index.ts';
import {
  api,
  connectDoc,
  signupNew,
  startTestServer,
  type DocClient,
  type TestServer,
} from '../../fixtures/server.ts';

interface Notification {
  notificationId: number;
  id: string;
  type: string;
  cardId: string;
  spaceId: string;
  actor: string;
  actorName: string | null;
  reason: 'follow' | 'mention';
  read: boolean;
  names: { card?: string };
}
interface Page {
  notifications: Notification[];
  next: number | null;
}
type Person = Awaited<ReturnType<typeof signupNew>>;

let server: TestServer;
const clients: DocClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

/** A private workspace of `owner` with one space, where each of `members` is a member. */
async function team(owner: Person, members: Person[]): Promise<{ workspaceId: string; spaceId: string }> {
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie: owner.cookie,
    body: { name: 'Repairs', type: 'private' },
  });
  const space = await api<{ id: string }>(server.url, `/api/workspaces/${ws.body.id}/spaces`, {
    cookie: owner.cookie,
    body: { name: 'RMA' },
  });
  for (const member of members) {
    const added = await api(server.url, `/api/workspaces/${ws.body.id}/members`, {
      cookie: owner.cookie,
      body: { email: member.user.email, role: 'member' },
    });
    expect(added.status).toBe(201);
  }
  return { workspaceId: ws.body.id, spaceId: space.body.id };
}

async function open(spaceId: string, person: Person): Promise<DocClient> {
  const client = connectDoc(server.wsUrl, `space/${spaceId}`, person.cookie);
  clients.push(client);
  await client.synced;
  return client;
}

const list = (person: Person, query = '') =>
  api<Page>(server.url, `/api/notifications${query === '' ? '' : `?${query}`}`, { cookie: person.cookie });

const unreadState = async (person: Person) =>
  (
    await api<{ unread: number; latest: number | null }>(server.url, '/api/notifications/unread-count', {
      cookie: person.cookie,
    })
  ).body;
const unread = async (person: Person) => (await unreadState(person)).unread;

/** Asks until `person` has `count` notifications: updates reach the server's projection asynchronously. */
async function notificationsOf(person: Person, count: number): Promise<Notification[]> {
  let found: Notification[] = [];
  for (let i = 0; i < 200; i++) {
    const res = await list(person);
    expect(res.status).toBe(200);
    found = res.body.notifications;
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never reached ${count} notifications (has ${found.length})`);
}

const followPath = (spaceId: string, cardId: string) => `/api/spaces/${spaceId}/cards/${cardId}/follow`;

describe('notifications', () => {
  it('tells a mentioned user, and nobody else who does not follow the card', async () => {
    const alice = await signupNew(server.url, 'alice');
    const bob = await signupNew(server.url, 'bob');
    const carol = await signupNew(server.url, 'carol');
    const { spaceId } = await team(alice, [bob, carol]);
    const doc = (await open(spaceId, alice)).doc;
    const cardId = createCard(
      doc,
      { statusId: orderedStatuses(doc)[0]!.id, title: 'Dishwasher leak' },
      { actor: alice.user.id },
    );
    addComment(
      doc,
      { cardId, text: '@bob can you look?', mentions: [bob.user.id] },
      { actor: alice.user.id },
    );

    const [mention] = await notificationsOf(bob, 1);
    expect(mention).toMatchObject({
      type: 'commented',
      reason: 'mention',
      read: false,
      spaceId,
      cardId,
      actor: alice.user.id,
      actorName: alice.user.name,
      names: { card: 'Dishwasher leak' },
    });
    expect(await unread(bob)).toBe(1);
    // Carol follows nothing here; Alice wrote it all herself.
    expect((await list(carol)).body.notifications).toEqual([]);
    expect((await list(alice)).body.notifications).toEqual([]);
    expect(await unread(alice)).toBe(0);
    // Bob has made no choice: he follows the card by the automatic rule, as mentioned on it.
    expect((await api(server.url, followPath(spaceId, cardId), { cookie: bob.cookie })).body).toEqual({
      choice: null,
    });
  });

  it('tells followers of what others do, not of their own actions, until they unfollow', async () => {
    const alice = await signupNew(server.url, 'alice');
    const bob = await signupNew(server.url, 'bob');
    const carol = await signupNew(server.url, 'carol');
    const { spaceId } = await team(alice, [bob, carol]);
    const aliceDoc = (await open(spaceId, alice)).doc;
    const [intake, repair, done] = orderedStatuses(aliceDoc);
    const cardId = createCard(
      aliceDoc,
      { statusId: intake!.id, title: 'Dryer noise' },
      { actor: alice.user.id },
    );
    const bobDoc = (await open(spaceId, bob)).doc;
    expect(bobDoc.getMap('cards').has(cardId)).toBe(true);

    const follow = await api(server.url, followPath(spaceId, cardId), {
      cookie: carol.cookie,
      method: 'PUT',
    });
    expect(follow.body).toEqual({ choice: true });

    moveCard(bobDoc, { cardId, toStatusId: repair!.id }, { actor: bob.user.id });
    const [toAlice] = await notificationsOf(alice, 1);
    expect(toAlice).toMatchObject({ type: 'moved', reason: 'follow', actor: bob.user.id });
    expect((await notificationsOf(carol, 1)).map((n) => n.type)).toEqual(['moved']);
    expect((await list(bob)).body.notifications).toEqual([]);

    // Alice's own move tells Carol, not Alice.
    moveCard(aliceDoc, { cardId, toStatusId: done!.id }, { actor: alice.user.id });
    expect((await notificationsOf(carol, 2)).map((n) => n.actor)).toEqual([alice.user.id, bob.user.id]);
    expect((await list(alice)).body.notifications).toHaveLength(1);

    const unfollow = await api(server.url, followPath(spaceId, cardId), {
      cookie: carol.cookie,
      method: 'DELETE',
    });
    expect(unfollow.body).toEqual({ choice: false });
    expect((await api(server.url, followPath(spaceId, cardId), { cookie: carol.cookie })).body).toEqual({
      choice: false,
    });
    // Alice, its creator, unfollows too: an explicit choice overrides the automatic rule.
    await api(server.url, followPath(spaceId, cardId), { cookie: alice.cookie, method: 'DELETE' });
    moveCard(bobDoc, { cardId, toStatusId: intake!.id }, { actor: bob.user.id });
    // A mention still reaches someone who unfollowed, and is the sync point of this step.
    addComment(
      bobDoc,
      { cardId, text: 'back to intake @alice', mentions: [alice.user.id] },
      { actor: bob.user.id },
    );
    const aliceNow = await notificationsOf(alice, 2);
    expect(aliceNow.map((n) => [n.type, n.reason])).toEqual([
      ['commented', 'mention'],
      ['moved', 'follow'],
    ]);
    expect((await list(carol)).body.notifications).toHaveLength(2);
  });

  it("keeps a blocker's reason apart from why the notification came", async () => {
    const alice = await signupNew(server.url, 'alice');
    const bob = await signupNew(server.url, 'bob');
    const carol = await signupNew(server.url, 'carol');
    const { spaceId } = await team(alice, [bob, carol]);
    const doc = (await open(spaceId, alice)).doc;
    const ctx = { actor: alice.user.id };
    const cardId = createCard(doc, { statusId: orderedStatuses(doc)[0]!.id, title: 'Warranty W-2344' }, ctx);
    updateCard(doc, { cardId, responsible: bob.user.id }, ctx);
    await notificationsOf(bob, 1);
    setBlocker(doc, { cardId, reason: 'Waiting for dealer invoice' }, ctx);
    const [blocked] = await notificationsOf(bob, 2);
    expect(blocked).toMatchObject({
      type: 'blocked',
      reason: 'follow',
      blockedReason: 'Waiting for dealer invoice',
    });
    // Cleared by someone else: a notification of its own, with no blocker's reason.
    const carolDoc = (await open(spaceId, carol)).doc;
    clearBlocker(carolDoc, { cardId }, { actor: carol.user.id });
    const [cleared] = await notificationsOf(bob, 3);
    expect(cleared).toMatchObject({ type: 'blocked', reason: 'follow', blockedReason: null });
  });

  it('tells a follower once of a run of changes of one kind by one person, with where it ended', async () => {
    const alice = await signupNew(server.url, 'alice');
    const bob = await signupNew(server.url, 'bob');
    const { spaceId } = await team(alice, [bob]);
    const doc = (await open(spaceId, alice)).doc;
    const ctx = { actor: alice.user.id };
    const cardId = createCard(doc, { statusId: orderedStatuses(doc)[0]!.id, title: 'Oven door' }, ctx);
    updateCard(doc, { cardId, responsible: bob.user.id }, ctx);
    await notificationsOf(bob, 1);
    const day = 86_400_000;
    const before = await unreadState(bob);
    expect(before).toEqual({ unread: 1, latest: (await list(bob)).body.notifications[0]!.notificationId });
    for (const due of [Date.UTC(2026, 11, 2), Date.UTC(2026, 11, 9), Date.UTC(2026, 11, 16)]) {
      updateCard(doc, { cardId, due }, ctx);
      // Each change on its own transaction, as a person pressing a key each time does.
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const last = Date.UTC(2026, 11, 16);
    const dated = async () =>
      (await list(bob)).body.notifications
        .filter((n) => n.type === 'dated')
        .map((n) => (n as Notification & { value: number | null }).value);
    // The three moves leave one notification, of the last date; with the assignment, two unread.
    await expect.poll(dated).toEqual([last]);
    expect(await unread(bob)).toBe(2);
    // A replaced notification is a newer one: the newest id tells an open list to read it again.
    const newest = (await list(bob)).body.notifications[0]!.notificationId;
    expect(await unreadState(bob)).toEqual({ unread: 2, latest: newest });
    expect(newest).toBeGreaterThan(before.latest!);
    // Once read, it stays: the next change tells him again.
    await api(server.url, '/api/notifications/read', { cookie: bob.cookie, body: { all: true } });
    updateCard(doc, { cardId, due: last + day }, ctx);
    await expect.poll(dated).toEqual([last + day, last]);
    expect(await unread(bob)).toBe(1);
    // A change to another date is another thing to know: it replaces nothing.
    updateCard(doc, { cardId, start: last }, ctx);
    await expect.poll(dated).toEqual([last, last + day, last]);
    expect(await unread(bob)).toBe(2);
  });

  it('hides the notifications of a space the user can no longer read', async () => {
    const alice = await signupNew(server.url, 'alice');
    const bob = await signupNew(server.url, 'bob');
    const { workspaceId, spaceId } = await team(alice, [bob]);
    const doc = (await open(spaceId, alice)).doc;
    const cardId = createCard(
      doc,
      { statusId: orderedStatuses(doc)[0]!.id, title: 'Boiler' },
      { actor: alice.user.id },
    );
    addComment(doc, { cardId, text: 'see @bob', mentions: [bob.user.id] }, { actor: alice.user.id });
    await notificationsOf(bob, 1);

    const removed = await api(server.url, `/api/workspaces/${workspaceId}/members/${bob.user.id}`, {
      cookie: alice.cookie,
      method: 'DELETE',
    });
    expect(removed.status).toBeLessThan(300);
    expect((await list(bob)).body.notifications).toEqual([]);
    expect(await unread(bob)).toBe(0);
    const refused = await api(server.url, followPath(spaceId, cardId), { cookie: bob.cookie, method: 'PUT' });
    expect(refused.status).toBe(404);
  });

  it('marks notifications read one by one or all at once, only the caller’s own', async () => {
    const alice = await signupNew(server.url, 'alice');
    const bob = await signupNew(server.url, 'bob');
    const { spaceId } = await team(alice, [bob]);
    const doc = (await open(spaceId, alice)).doc;
    const statusId = orderedStatuses(doc)[0]!.id;
    for (const title of ['One', 'Two', 'Three']) {
      const cardId = createCard(doc, { statusId, title }, { actor: alice.user.id });
      addComment(doc, { cardId, text: `@bob ${title}`, mentions: [bob.user.id] }, { actor: alice.user.id });
    }
    const [three, two] = await notificationsOf(bob, 3);
    expect(await unread(bob)).toBe(3);

    // Someone else's ids change nothing.
    const foreign = await api<{ marked: number }>(server.url, '/api/notifications/read', {
      cookie: alice.cookie,
      body: { ids: [three!.notificationId] },
    });
    expect(foreign.body.marked).toBe(0);
    expect(await unread(bob)).toBe(3);

    const one = await api<{ marked: number }>(server.url, '/api/notifications/read', {
      cookie: bob.cookie,
      body: { ids: [three!.notificationId] },
    });
    expect(one.body.marked).toBe(1);
    expect(await unread(bob)).toBe(2);
    expect((await list(bob)).body.notifications.map((n) => n.read)).toEqual([true, false, false]);

    // Paging: newest first, the cursor continues after the last one shown.
    const first = await list(bob, 'limit=2');
    expect(first.body.notifications.map((n) => n.notificationId)).toEqual([
      three!.notificationId,
      two!.notificationId,
    ]);
    const rest = await list(bob, `limit=2&before=${first.body.next}`);
    expect(rest.body.notifications.map((n) => n.names.card)).toEqual(['One']);
    expect(rest.body.next).toBeNull();

    const all = await api<{ marked: number }>(server.url, '/api/notifications/read', {
      cookie: bob.cookie,
      body: { all: true },
    });
    expect(all.body.marked).toBe(2);
    expect(await unread(bob)).toBe(0);
  });

  it('filters by level: comments only, relevant leaves out title edits', async () => {
    const alice = await signupNew(server.url, 'alice');
    const bob = await signupNew(server.url, 'bob');
    const { spaceId } = await team(alice, [bob]);
    const doc = (await open(spaceId, alice)).doc;
    const cardId = createCard(
      doc,
      { statusId: orderedStatuses(doc)[0]!.id, title: 'Fridge' },
      { actor: alice.user.id },
    );
    await api(server.url, followPath(spaceId, cardId), { cookie: bob.cookie, method: 'PUT' });
    updateCard(doc, { cardId, title: 'Fridge door' }, { actor: alice.user.id });
    addComment(doc, { cardId, text: 'ordered the seal' }, { actor: alice.user.id });
    await notificationsOf(bob, 2);
    expect((await list(bob, 'level=comments')).body.notifications.map((n) => n.type)).toEqual(['commented']);
    expect((await list(bob, 'level=relevant')).body.notifications.map((n) => n.type)).toEqual(['commented']);
    expect((await list(bob, 'level=everything')).body.notifications.map((n) => n.type)).toEqual([
      'commented',
      'titled',
    ]);
  });

  it('refuses bad input with clear errors', async () => {
    const alice = await signupNew(server.url, 'alice');
    const { spaceId } = await team(alice, []);
    expect((await list(alice, 'level=loud')).status).toBe(400);
    expect((await list(alice, 'level=loud')).body).toMatchObject({ error: { code: 'invalid_input' } });
    const bad = await api(server.url, '/api/notifications/read', { cookie: alice.cookie, body: {} });
    expect(bad.status).toBe(400);
    const unknown = await api(server.url, followPath(spaceId, 'nocard'), {
      cookie: alice.cookie,
      method: 'PUT',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'unknown_card' } });
    expect((await api(server.url, '/api/notifications')).status).toBe(401);
  });
});
