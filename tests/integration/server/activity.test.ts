// The activity streams from the server's projection: real server, real sockets, real database. Clients
// write with the domain operations over the stock y-websocket client; the API answers what happened in the
// spaces the caller may read, with the authenticated author of each event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCardLabel,
  addComment,
  addTodo,
  checkTodo,
  createCard,
  createLabel,
  moveCard,
  orderedStatuses,
  removeTodo,
  renameStatus,
  setBlocker,
  updateCard,
} from '../../../src/domain/index.ts';
import {
  api,
  connectDoc,
  signupNew,
  startTestServer,
  waitFor,
  type DocClient,
  type TestServer,
} from '../../fixtures/server.ts';

interface Entry {
  seq: number;
  id: string;
  spaceId: string;
  cardId: string;
  type: string;
  at: number;
  actor: string;
  actorSource: 'session' | 'recorded';
  by: string;
  [field: string]: unknown;
}
interface Page {
  events: Entry[];
  next: number | null;
}

let server: TestServer;
const clients: DocClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

async function createSpace(
  cookie: string,
  type = 'private',
): Promise<{ workspaceId: string; spaceId: string }> {
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie,
    body: { name: 'Repairs', type },
  });
  expect(ws.status).toBe(201);
  const space = await api<{ id: string }>(server.url, `/api/workspaces/${ws.body.id}/spaces`, {
    cookie,
    body: { name: 'RMA' },
  });
  expect(space.status).toBe(201);
  return { workspaceId: ws.body.id, spaceId: space.body.id };
}

async function open(spaceId: string, cookie: string): Promise<DocClient> {
  const client = connectDoc(server.wsUrl, `space/${spaceId}`, cookie);
  clients.push(client);
  await client.synced;
  return client;
}

const activity = (cookie: string | undefined, query = '') =>
  api<Page>(server.url, `/api/activity${query === '' ? '' : `?${query}`}`, { cookie });

/** Asks until the stream holds `count` events: the client's updates reach the server asynchronously. */
async function streamOf(cookie: string, count: number, query = ''): Promise<Entry[]> {
  let events: Entry[] = [];
  for (let i = 0; i < 200; i++) {
    const res = await activity(cookie, query);
    expect(res.status).toBe(200);
    events = res.body.events;
    if (events.length >= count) return events;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the stream never reached ${count} events (has ${events.length})`);
}

describe('the user activity stream', () => {
  it('holds only events of readable spaces, newest first, with the authenticated author', async () => {
    const lead = await signupNew(server.url, 'lead');
    const other = await signupNew(server.url, 'other');
    const mine = await createSpace(lead.cookie);
    const theirs = await createSpace(other.cookie);
    const leadDoc = await open(mine.spaceId, lead.cookie);
    const otherDoc = await open(theirs.spaceId, other.cookie);

    const [intake, repair] = orderedStatuses(leadDoc.doc);
    const first = createCard(
      leadDoc.doc,
      { statusId: intake!.id, title: 'Dishwasher leak' },
      { actor: lead.user.id },
    );
    // A client that writes someone else's id as the author is still recorded as itself.
    const forged = createCard(
      leadDoc.doc,
      { statusId: intake!.id, title: 'Dryer noise' },
      { actor: other.user.id },
    );
    moveCard(leadDoc.doc, { cardId: first, toStatusId: repair!.id }, { actor: lead.user.id });
    createCard(
      otherDoc.doc,
      { statusId: orderedStatuses(otherDoc.doc)[0]!.id, title: 'Secret' },
      { actor: other.user.id },
    );

    const events = await streamOf(lead.cookie, 3);
    expect(events).toHaveLength(3);
    expect(events.every((event) => event.spaceId === mine.spaceId)).toBe(true);
    expect(events.map((event) => [event.type, event.cardId])).toEqual([
      ['moved', first],
      ['created', forged],
      ['created', first],
    ]);
    expect(events[0]).toMatchObject({ toStatusId: repair!.id, actor: lead.user.id, actorSource: 'session' });
    expect(events[1]).toMatchObject({ title: 'Dryer noise', actor: lead.user.id, by: other.user.id });
    const seqs = events.map((event) => event.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);

    // The other user sees their own space only.
    const theirsSeen = await streamOf(other.cookie, 1);
    expect(theirsSeen.map((event) => [event.spaceId, event.title])).toEqual([[theirs.spaceId, 'Secret']]);
  });

  it('names each event as things were when it happened, and its author', async () => {
    const lead = await signupNew(server.url, 'namer');
    const { spaceId } = await createSpace(lead.cookie);
    const client = await open(spaceId, lead.cookie);
    const ctx = { actor: lead.user.id };
    const [intake, repair] = orderedStatuses(client.doc);
    const card = createCard(client.doc, { statusId: intake!.id, title: 'Pump seal' }, ctx);
    moveCard(client.doc, { cardId: card, toStatusId: repair!.id }, ctx);
    const label = createLabel(client.doc, { name: 'Warranty', color: '#dd3333' }, ctx);
    addCardLabel(client.doc, { cardId: card, labelId: label }, ctx);
    const todo = addTodo(client.doc, { cardId: card, text: 'Order gasket' }, ctx);
    checkTodo(client.doc, { cardId: card, todoId: todo, done: true }, ctx);
    updateCard(client.doc, { cardId: card, title: 'Pump seal (urgent)' }, ctx);
    await streamOf(lead.cookie, 5);
    // Later changes do not rewrite what the stream already says.
    renameStatus(client.doc, { statusId: repair!.id, name: 'Workshop' }, ctx);
    removeTodo(client.doc, { cardId: card, todoId: todo }, ctx);
    moveCard(client.doc, { cardId: card, toStatusId: intake!.id }, ctx);

    const [back, ...events] = await streamOf(lead.cookie, 6);
    expect(back!.names).toEqual({
      card: 'Pump seal (urgent)',
      fromStatusId: repair!.id,
      statuses: { [intake!.id]: intake!.name, [repair!.id]: 'Workshop' },
    });
    const byType = new Map(events.map((event) => [event.type, event]));
    expect(events.every((event) => event.actorName === lead.user.name)).toBe(true);
    expect(byType.get('created')!.names).toEqual({
      card: 'Pump seal',
      statuses: { [intake!.id]: intake!.name },
    });
    expect(byType.get('moved')!.names).toEqual({
      card: 'Pump seal',
      fromStatusId: intake!.id,
      statuses: { [intake!.id]: intake!.name, [repair!.id]: repair!.name },
    });
    expect(byType.get('labelled')!.names).toEqual({ card: 'Pump seal', label: 'Warranty' });
    expect(byType.get('checked')!.names).toEqual({ card: 'Pump seal', todo: 'Order gasket' });
    expect(byType.get('titled')!.names).toEqual({
      card: 'Pump seal (urgent)',
      previousTitle: 'Pump seal',
    });
  });

  it('pages stably while new events arrive between pages', async () => {
    const lead = await signupNew(server.url, 'pager');
    const { spaceId } = await createSpace(lead.cookie);
    const client = await open(spaceId, lead.cookie);
    const statusId = orderedStatuses(client.doc)[0]!.id;
    for (let i = 0; i < 7; i++)
      createCard(client.doc, { statusId, title: `Claim ${i}` }, { actor: lead.user.id });
    const all = await streamOf(lead.cookie, 7);

    const firstPage = await activity(lead.cookie, 'limit=3');
    expect(firstPage.body.events.map((event) => event.title)).toEqual(['Claim 6', 'Claim 5', 'Claim 4']);
    expect(firstPage.body.next).toBe(firstPage.body.events[2]!.seq);

    // Newer events land above the cursor and shift nothing below it.
    for (let i = 7; i < 10; i++)
      createCard(client.doc, { statusId, title: `Claim ${i}` }, { actor: lead.user.id });
    await streamOf(lead.cookie, 10);

    const seen = [...firstPage.body.events];
    let next = firstPage.body.next;
    while (next !== null) {
      const page = await activity(lead.cookie, `limit=3&before=${next}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.events);
      next = page.body.next;
    }
    expect(seen.map((event) => event.id)).toEqual(all.map((event) => event.id));
  });

  it('stops showing a space to a removed member', async () => {
    const owner = await signupNew(server.url, 'owner');
    const agent = await signupNew(server.url, 'agent');
    const { workspaceId, spaceId } = await createSpace(owner.cookie);
    const client = await open(spaceId, owner.cookie);
    createCard(
      client.doc,
      { statusId: orderedStatuses(client.doc)[0]!.id, title: 'Boiler' },
      { actor: owner.user.id },
    );
    await streamOf(owner.cookie, 1);
    expect((await activity(agent.cookie)).body.events).toEqual([]);

    const added = await api(server.url, `/api/workspaces/${workspaceId}/members`, {
      cookie: owner.cookie,
      body: { email: agent.user.email, role: 'visitor' },
    });
    expect(added.status).toBe(201);
    expect((await activity(agent.cookie)).body.events.map((event) => event.title)).toEqual(['Boiler']);
    expect((await activity(agent.cookie, `space=${spaceId}`)).status).toBe(200);

    const removed = await api(server.url, `/api/workspaces/${workspaceId}/members/${agent.user.id}`, {
      cookie: owner.cookie,
      method: 'DELETE',
    });
    expect(removed.status).toBeLessThan(300);
    expect((await activity(agent.cookie)).body.events).toEqual([]);
    expect((await activity(agent.cookie, `space=${spaceId}`)).status).toBe(404);
  });

  it('filters by person, type, space, card and date range', async () => {
    const lead = await signupNew(server.url, 'filter-lead');
    const agent = await signupNew(server.url, 'filter-agent');
    const one = await createSpace(lead.cookie, 'org_wide');
    const two = await createSpace(lead.cookie);
    const leadOne = await open(one.spaceId, lead.cookie);
    const agentOne = await open(one.spaceId, agent.cookie);
    const leadTwo = await open(two.spaceId, lead.cookie);

    const day = (n: number) => () => Date.UTC(2026, 10, n, 9);
    const statusOne = orderedStatuses(leadOne.doc)[0]!.id;
    const card = createCard(
      leadOne.doc,
      { statusId: statusOne, title: 'Oven' },
      { actor: lead.user.id, now: day(1) },
    );
    await streamOf(lead.cookie, 1);
    await waitFor(() => agentOne.doc.getMap('cards').has(card), 'the card at the agent');
    setBlocker(
      agentOne.doc,
      { cardId: card, reason: 'Waiting for parts' },
      { actor: agent.user.id, now: day(2) },
    );
    createCard(
      leadTwo.doc,
      { statusId: orderedStatuses(leadTwo.doc)[0]!.id, title: 'Fridge' },
      {
        actor: lead.user.id,
        now: day(3),
      },
    );
    await streamOf(lead.cookie, 3);

    const titles = async (query: string) =>
      (await activity(lead.cookie, query)).body.events.map((event) => `${event.type}:${event.cardId}`);
    const blocked = `blocked:${card}`;
    expect(await titles(`person=${agent.user.id}`)).toEqual([blocked]);
    expect(await titles('type=blocked')).toEqual([blocked]);
    expect(await titles(`space=${one.spaceId}`)).toEqual([blocked, `created:${card}`]);
    expect(await titles(`card=${card}&type=created`)).toEqual([`created:${card}`]);
    expect(await titles(`from=${day(2)()}&to=${day(3)()}`)).toEqual([blocked]);
    // The agent reads the org-wide space only, never the lead's private one.
    const agentView = await activity(agent.cookie);
    expect(agentView.body.events.every((event) => event.spaceId === one.spaceId)).toBe(true);
    expect(agentView.body.events).toHaveLength(2);
    expect((await activity(agent.cookie, `space=${two.spaceId}`)).status).toBe(404);

    // Detail levels: comments only, and everything but note and title edits.
    expect(await titles('detail=comments')).toEqual([]);
    updateCard(leadOne.doc, { cardId: card, title: 'Oven door' }, { actor: lead.user.id, now: day(4) });
    await streamOf(lead.cookie, 4);
    expect(await titles(`detail=relevant&space=${one.spaceId}`)).toEqual([blocked, `created:${card}`]);
    expect((await titles(`detail=everything&space=${one.spaceId}`))[0]).toBe(`titled:${card}`);
    addComment(leadOne.doc, { cardId: card, text: 'Parts ordered.' }, { actor: lead.user.id, now: day(5) });
    await streamOf(lead.cookie, 5);
    expect(await titles('detail=comments')).toEqual([`commented:${card}`]);
    expect(await titles('detail=comments&type=commented')).toEqual([`commented:${card}`]);
    expect(await titles('detail=comments&type=blocked')).toEqual([]);
    expect(await titles('detail=relevant&type=blocked')).toEqual([blocked]);
    expect(await titles('detail=relevant&type=titled')).toEqual([]);
  });

  it('answers what arrived after the newest entry a reader has, without repeating or skipping any', async () => {
    const lead = await signupNew(server.url, 'live');
    const { spaceId } = await createSpace(lead.cookie);
    const client = await open(spaceId, lead.cookie);
    const statusId = orderedStatuses(client.doc)[0]!.id;
    const add = (from: number, to: number) => {
      for (let i = from; i < to; i++)
        createCard(client.doc, { statusId, title: `Claim ${i}` }, { actor: lead.user.id });
    };
    add(0, 3);
    const shown = await streamOf(lead.cookie, 3, `space=${spaceId}`);
    const newest = shown[0]!.seq;
    expect((await activity(lead.cookie, `space=${spaceId}&after=${newest}`)).body).toEqual({
      events: [],
      next: null,
    });

    // Five arrive; the reader asks for two at a time and pages down between its two cursors.
    add(3, 8);
    await streamOf(lead.cookie, 8, `space=${spaceId}`);
    const fresh: Entry[] = [];
    let next: number | null = null;
    do {
      const res = await activity(
        lead.cookie,
        `space=${spaceId}&limit=2&after=${newest}${next === null ? '' : `&before=${next}`}`,
      );
      expect(res.status).toBe(200);
      fresh.push(...res.body.events);
      next = res.body.next;
    } while (next !== null);
    expect(fresh.map((event) => event.title)).toEqual([
      'Claim 7',
      'Claim 6',
      'Claim 5',
      'Claim 4',
      'Claim 3',
    ]);
    // Put above what was shown, they make exactly the stream a fresh reader gets.
    const whole = await activity(lead.cookie, `space=${spaceId}`);
    expect([...fresh, ...shown].map((event) => event.id)).toEqual(whole.body.events.map((event) => event.id));
    expect((await activity(lead.cookie, 'after=x')).status).toBe(400);
  });

  it('keeps public workspaces out of "my spaces" until joined, and orders events across spaces', async () => {
    const lead = await signupNew(server.url, 'my-spaces-lead');
    const stranger = await signupNew(server.url, 'public-owner');
    const own = await createSpace(lead.cookie);
    const pub = await createSpace(stranger.cookie, 'public');
    const ownDoc = await open(own.spaceId, lead.cookie);
    const pubDoc = await open(pub.spaceId, stranger.cookie);
    const first = (doc: DocClient) => orderedStatuses(doc.doc)[0]!.id;
    const write = (doc: DocClient, actor: string, title: string) =>
      createCard(doc.doc, { statusId: first(doc), title }, { actor });

    write(pubDoc, stranger.user.id, 'Public 1');
    await streamOf(stranger.cookie, 1, `space=${pub.spaceId}`);
    write(ownDoc, lead.user.id, 'Own 1');
    await streamOf(lead.cookie, 1, `space=${own.spaceId}`);
    write(pubDoc, stranger.user.id, 'Public 2');
    await streamOf(stranger.cookie, 2, `space=${pub.spaceId}`);

    // Readable as a visitor, so the space's own stream answers; but not part of the lead's own stream.
    const visited = await activity(lead.cookie, `space=${pub.spaceId}`);
    expect(visited.body.events.map((event) => event.title)).toEqual(['Public 2', 'Public 1']);
    const mine = (await activity(lead.cookie)).body.events;
    expect(mine.some((event) => event.spaceId === pub.spaceId)).toBe(false);
    expect(mine.filter((event) => event.spaceId === own.spaceId).map((event) => event.title)).toEqual([
      'Own 1',
    ]);
    const byStranger = await activity(lead.cookie, `person=${stranger.user.id}`);
    expect(byStranger.body.events).toEqual([]);

    // Joined, the workspace is theirs: both spaces' events in the order they arrived.
    const joined = await api(server.url, `/api/workspaces/${pub.workspaceId}/join`, {
      cookie: lead.cookie,
      method: 'POST',
    });
    expect(joined.status).toBe(200);
    const both = (await activity(lead.cookie)).body.events.filter((event) =>
      [own.spaceId, pub.spaceId].includes(event.spaceId),
    );
    expect(both.map((event) => event.title)).toEqual(['Public 2', 'Own 1', 'Public 1']);

    // Removed by the owner, they are a visitor again: out of the stream, the space still readable.
    const removed = await api(server.url, `/api/workspaces/${pub.workspaceId}/members/${lead.user.id}`, {
      cookie: stranger.cookie,
      method: 'DELETE',
    });
    expect(removed.status).toBeLessThan(300);
    const after = (await activity(lead.cookie)).body.events;
    expect(after.some((event) => event.spaceId === pub.spaceId)).toBe(false);
    expect((await activity(lead.cookie, `space=${pub.spaceId}`)).body.events).toHaveLength(2);
  });

  it('refuses bad parameters with a sentence, and the signed-out', async () => {
    const lead = await signupNew(server.url, 'strict');
    for (const [query, words] of [
      ['limit=0', 'The limit must be at least 1.'],
      ['limit=201', 'The limit must be at most 200.'],
      ['limit=ten', 'The limit must be a whole number.'],
      ['before=-4', 'The before must be a whole number.'],
      ['after=1.5', 'The after must be a whole number.'],
      ['type=exploded', 'The type must be one of'],
      ['detail=most', 'The detail must be one of everything, relevant, comments.'],
      ['space=a/b', 'The space must be an id.'],
      ['from=10&to=5', 'The date range must start before it ends'],
      ['limit=5&limit=6', 'Give the limit parameter once.'],
      ['colour=red', 'colour'],
    ] as const) {
      const res = await api<{ error: { code: string; message: string } }>(
        server.url,
        `/api/activity?${query}`,
        {
          cookie: lead.cookie,
        },
      );
      expect(res.status, query).toBe(400);
      expect(res.body.error.message, query).toContain(words);
    }
    expect((await activity(undefined)).status).toBe(401);
  });
});
