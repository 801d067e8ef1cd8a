// Each user's MySpace feed over real sockets and a real database: the server keeps `feed/<userId>` holding
// live summaries of the cards the user mirrors or is concerned by, from every space they can read, and
// nobody but the server writes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addComment,
  addMirror,
  addRelation,
  addTodo,
  archiveCard,
  checkTodo,
  createCard,
  feedKey,
  feedMaps,
  moveCard,
  orderedSections,
  orderedStatuses,
  readFeedEntry,
  updateCard,
  userMaps,
  type FeedEntry,
} from '../../../src/domain/index.ts';
import { DEFAULT_OWNER_EMAIL, DEFAULT_OWNER_PASSWORD, seedWorkspace } from '../../../server/seed/index.ts';
import { openSqliteStorage } from '../../../server/storage/sqlite.ts';
import {
  api,
  connectDoc,
  cookieFrom,
  signupNew,
  startTestServer,
  tempDataDir,
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

async function createSpace(cookie: string, name: string): Promise<{ workspaceId: string; spaceId: string }> {
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie,
    body: { name: `${name} team`, type: 'private' },
  });
  expect(ws.status).toBe(201);
  const space = await api<{ id: string }>(server.url, `/api/workspaces/${ws.body.id}/spaces`, {
    cookie,
    body: { name },
  });
  expect(space.status).toBe(201);
  return { workspaceId: ws.body.id, spaceId: space.body.id };
}

async function open(docName: string, cookie: string): Promise<DocClient> {
  const client = connectDoc(server.wsUrl, docName, cookie);
  clients.push(client);
  await client.synced;
  return client;
}

function entryOf(feed: DocClient, spaceId: string, cardId: string): FeedEntry | null {
  return readFeedEntry(feedMaps(feed.doc).cards.get(feedKey(spaceId, cardId)));
}

async function addMember(ownerCookie: string, workspaceId: string, email: string): Promise<void> {
  const added = await api(server.url, `/api/workspaces/${workspaceId}/members`, {
    cookie: ownerCookie,
    body: { email, role: 'member' },
  });
  expect(added.status).toBe(201);
}

describe('the MySpace feed', () => {
  it('holds the cards assigned to or mentioning the user, live, with their summaries', async () => {
    const lead = await signupNew(server.url, 'lead');
    const agent = await signupNew(server.url, 'agent');
    const { workspaceId, spaceId } = await createSpace(lead.cookie, 'Repairs');
    await addMember(lead.cookie, workspaceId, agent.user.email);
    const space = await open(`space/${spaceId}`, lead.cookie);
    const feed = await open(`feed/${agent.user.id}`, agent.cookie);
    const [intake, repair] = orderedStatuses(space.doc);
    const ctx = { actor: lead.user.id };

    const assigned = createCard(space.doc, { statusId: intake!.id, title: 'Dishwasher leak' }, ctx);
    const due = Date.UTC(2026, 11, 1, 12);
    updateCard(space.doc, { cardId: assigned, responsible: agent.user.id, due }, ctx);
    const other = createCard(space.doc, { statusId: intake!.id, title: 'Not theirs' }, ctx);
    const mentioning = createCard(space.doc, { statusId: intake!.id, title: 'Dryer noise' }, ctx);
    addComment(space.doc, { cardId: mentioning, text: '@agent have a look', mentions: [agent.user.id] }, ctx);

    await waitFor(
      () => entryOf(feed, spaceId, assigned) !== null && entryOf(feed, spaceId, mentioning) !== null,
      'the assigned and mentioning cards in the feed',
    );
    expect(entryOf(feed, spaceId, assigned)).toMatchObject({
      state: 'live',
      reasons: ['responsible'],
      summary: {
        title: 'Dishwasher leak',
        spaceName: 'Repairs',
        statusName: intake!.name,
        statusRole: intake!.role,
        due,
        responsible: agent.user.id,
        archived: false,
      },
    });
    expect(entryOf(feed, spaceId, mentioning)).toMatchObject({
      state: 'live',
      reasons: ['mentioned'],
      summary: { comments: 1 },
    });
    expect(entryOf(feed, spaceId, other)).toBeNull();

    // A move, a retitle and a checked to-do reach the feed without the agent opening the space.
    moveCard(space.doc, { cardId: assigned, toStatusId: repair!.id }, ctx);
    updateCard(space.doc, { cardId: assigned, title: 'Dishwasher leak (pump)' }, ctx);
    const todo = addTodo(space.doc, { cardId: assigned, text: 'Order pump' }, ctx);
    addTodo(space.doc, { cardId: assigned, text: 'Fit pump' }, ctx);
    checkTodo(space.doc, { cardId: assigned, todoId: todo, done: true }, ctx);
    await waitFor(() => {
      const entry = entryOf(feed, spaceId, assigned);
      return (
        entry?.state === 'live' && entry.summary.todos.done === 1 && entry.summary.statusId === repair!.id
      );
    }, 'the moved card in the feed');
    expect(entryOf(feed, spaceId, assigned)).toMatchObject({
      summary: { title: 'Dishwasher leak (pump)', statusName: repair!.name, todos: { done: 1, total: 2 } },
    });

    // Unassigned and not mirrored: the card leaves the feed.
    updateCard(space.doc, { cardId: assigned, responsible: null }, ctx);
    await waitFor(() => entryOf(feed, spaceId, assigned) === null, 'the unassigned card to leave the feed');
  });

  it('counts child cards in a parent’s progress, following the children’s moves and the relations', async () => {
    const lead = await signupNew(server.url, 'parentlead');
    const { spaceId } = await createSpace(lead.cookie, 'Pump jobs');
    const space = await open(`space/${spaceId}`, lead.cookie);
    const feed = await open(`feed/${lead.user.id}`, lead.cookie);
    const statuses = orderedStatuses(space.doc);
    const completed = statuses.find((status) => status.role === 'completed')!;
    const ctx = { actor: lead.user.id };
    const parent = createCard(space.doc, { statusId: statuses[0]!.id, title: 'Replace pump' }, ctx);
    updateCard(space.doc, { cardId: parent, responsible: lead.user.id }, ctx);
    const order = createCard(space.doc, { statusId: statuses[0]!.id, title: 'Order pump' }, ctx);
    const fit = createCard(space.doc, { statusId: statuses[0]!.id, title: 'Fit pump' }, ctx);
    const progress = () => {
      const entry = entryOf(feed, spaceId, parent);
      return entry?.state === 'live' ? entry.summary.progress : undefined;
    };
    await waitFor(() => progress() === null, 'the parent in the feed, with nothing to measure');

    addRelation(space.doc, { kind: 'parent', from: parent, to: order }, ctx);
    addRelation(space.doc, { kind: 'parent', from: parent, to: fit }, ctx);
    await waitFor(() => progress() === 0, 'two open children');
    // Only the child changes: its parent's summary follows.
    moveCard(space.doc, { cardId: order, toStatusId: completed.id }, ctx);
    await waitFor(() => progress() === 50, 'one child of two done');
  });

  it('follows mirrors across spaces, says when a card is archived or its space unreadable', async () => {
    const owner = await signupNew(server.url, 'owner');
    const agent = await signupNew(server.url, 'agent');
    const warranty = await createSpace(owner.cookie, 'Warranty');
    const visits = await createSpace(agent.cookie, 'Visits');
    await addMember(owner.cookie, warranty.workspaceId, agent.user.email);
    const ownerSpace = await open(`space/${warranty.spaceId}`, owner.cookie);
    const agentSpace = await open(`space/${visits.spaceId}`, agent.cookie);
    const claim = createCard(
      ownerSpace.doc,
      { statusId: orderedStatuses(ownerSpace.doc)[0]!.id, title: 'Claim 1042' },
      { actor: owner.user.id },
    );
    const visit = createCard(
      agentSpace.doc,
      { statusId: orderedStatuses(agentSpace.doc)[0]!.id, title: 'Boiler service' },
      { actor: agent.user.id },
    );

    const user = await open(`user/${agent.user.id}`, agent.cookie);
    const feed = await open(`feed/${agent.user.id}`, agent.cookie);
    const section = orderedSections(user.doc)[0]!.id;
    const ctx = { actor: agent.user.id };
    addMirror(user.doc, { spaceId: warranty.spaceId, cardId: claim, sectionId: section }, ctx);
    addMirror(user.doc, { spaceId: visits.spaceId, cardId: visit, sectionId: section }, ctx);
    await waitFor(
      () =>
        entryOf(feed, warranty.spaceId, claim)?.state === 'live' &&
        entryOf(feed, visits.spaceId, visit)?.state === 'live',
      'both mirrored cards in the feed',
    );
    expect(entryOf(feed, visits.spaceId, visit)).toMatchObject({
      reasons: ['mirrored'],
      summary: { title: 'Boiler service', spaceName: 'Visits' },
    });

    archiveCard(agentSpace.doc, { cardId: visit, archived: true }, ctx);
    await waitFor(() => {
      const entry = entryOf(feed, visits.spaceId, visit);
      return entry?.state === 'live' && entry.summary.archived;
    }, 'the archived card marked in the feed');

    // Removed from the workspace: the mirror stays, and says it cannot be shown — without its content.
    const removed = await api(
      server.url,
      `/api/workspaces/${warranty.workspaceId}/members/${agent.user.id}`,
      { cookie: owner.cookie, method: 'DELETE' },
    );
    expect(removed.status).toBeLessThan(300);
    await waitFor(
      () => entryOf(feed, warranty.spaceId, claim)?.state === 'unreadable',
      'the mirror of an unreadable space',
    );
    expect(JSON.stringify(feedMaps(feed.doc).cards.toJSON())).not.toContain('Claim 1042');
  });

  it('is the owner’s alone, and read only', async () => {
    const owner = await signupNew(server.url, 'owner');
    const stranger = await signupNew(server.url, 'stranger');
    const refused = connectDoc(server.wsUrl, `feed/${owner.user.id}`, stranger.cookie);
    clients.push(refused);
    expect((await refused.closed).code).toBe(4403);

    const { spaceId } = await createSpace(owner.cookie, 'Complaints');
    const space = await open(`space/${spaceId}`, owner.cookie);
    const card = createCard(
      space.doc,
      { statusId: orderedStatuses(space.doc)[0]!.id, title: 'Late delivery' },
      { actor: owner.user.id },
    );
    updateCard(space.doc, { cardId: card, responsible: owner.user.id }, { actor: owner.user.id });
    const writer = await open(`feed/${owner.user.id}`, owner.cookie);
    await waitFor(() => entryOf(writer, spaceId, card) !== null, 'the assigned card in the feed');
    // A client's own write to its feed stays on that client: a second connection never receives it.
    feedMaps(writer.doc).cards.set('forged', { state: 'gone', reasons: ['mirrored'], spaceId, cardId: card });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reader = await open(`feed/${owner.user.id}`, owner.cookie);
    expect(entryOf(reader, spaceId, card)).toMatchObject({ state: 'live' });
    expect(feedMaps(reader.doc).cards.has('forged')).toBe(false);
  });
});

describe('a feed over spaces never loaded since they were written', () => {
  it('summarises those spaces when the feed first needs them', async () => {
    const dataDir = tempDataDir();
    const storage = openSqliteStorage(dataDir);
    const seeded = await seedWorkspace(storage, { cards: 80, spaces: 2, days: 20, seed: 7 });
    await storage.close();
    const seededServer = await startTestServer({ dataDir });
    try {
      const login = await api(seededServer.url, '/api/auth/login', {
        body: { email: DEFAULT_OWNER_EMAIL, password: DEFAULT_OWNER_PASSWORD },
      });
      expect(login.status).toBe(200);
      const owner = seeded.users.find((user) => user.email === DEFAULT_OWNER_EMAIL)!;
      const user = connectDoc(seededServer.wsUrl, `user/${owner.id}`, cookieFrom(login));
      const feed = connectDoc(seededServer.wsUrl, `feed/${owner.id}`, cookieFrom(login));
      clients.push(user, feed);
      await Promise.all([user.synced, feed.synced]);
      const mirrors = [...userMaps(user.doc).mirrors.values()].map((record) => ({
        spaceId: String(record.get('spaceId')),
        cardId: String(record.get('cardId')),
      }));
      expect(mirrors.length).toBeGreaterThan(0);
      await waitFor(
        () => mirrors.every((m) => entryOf(feed, m.spaceId, m.cardId)?.state === 'live'),
        'every seeded mirror live in the feed',
      );
      const names = new Set(seeded.spaces.map((space) => space.name));
      for (const m of mirrors) {
        const entry = entryOf(feed, m.spaceId, m.cardId);
        expect(entry?.state === 'live' && names.has(entry.summary.spaceName)).toBe(true);
      }
    } finally {
      await seededServer.close();
    }
  });
});
