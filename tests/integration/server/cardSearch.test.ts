// Searching cards by title across spaces: real server, real sockets, real database. Cards are written with
// the domain operations over the stock y-websocket client; the API answers from the summaries the server
// keeps, only for the caller's own workspaces, leaving archived cards and archived spaces out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveCard, archiveSpace, createCard, orderedStatuses } from '../../../src/domain/index.ts';
import {
  api,
  connectDoc,
  signupNew,
  startTestServer,
  type DocClient,
  type TestServer,
} from '../../fixtures/server.ts';

interface Hit {
  spaceId: string;
  spaceName: string;
  cardId: string;
  title: string;
  statusName: string;
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

async function open(name: string, cookie: string): Promise<DocClient> {
  const client = connectDoc(server.wsUrl, name, cookie);
  clients.push(client);
  await client.synced;
  return client;
}

async function workspaceWithSpaces(cookie: string, names: string[], type = 'private') {
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie,
    body: { name: 'Aftersales', type },
  });
  const spaces: Array<{ id: string; doc: DocClient }> = [];
  for (const name of names) {
    const space = await api<{ id: string }>(server.url, `/api/workspaces/${ws.body.id}/spaces`, {
      cookie,
      body: { name },
    });
    expect(space.status).toBe(201);
    spaces.push({ id: space.body.id, doc: await open(`space/${space.body.id}`, cookie) });
  }
  return { workspaceId: ws.body.id, spaces };
}

const search = (cookie: string | undefined, query: string) =>
  api<{ cards: Hit[] }>(server.url, `/api/cards/search?${query}`, { cookie });

/** Asks until the answer is `ready`: summaries follow the writes a moment later. */
async function answerOnce(cookie: string, q: string, ready: (cards: Hit[]) => boolean): Promise<Hit[]> {
  let cards: Hit[] = [];
  for (let i = 0; i < 200; i++) {
    const res = await search(cookie, `q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    cards = res.body.cards;
    if (ready(cards)) return cards;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no ready answer for "${q}", last ${JSON.stringify(cards)}`);
}

/** Asks until the answer holds `count` cards. */
const found = (cookie: string, q: string, count: number) =>
  answerOnce(cookie, q, (cards) => cards.length === count);

describe('card search', () => {
  it('finds cards by every word of their title across the spaces of my workspaces, best matches first', async () => {
    const owner = await signupNew(server.url, 'searcher');
    const { workspaceId, spaces } = await workspaceWithSpaces(owner.cookie, ['Warranty', 'Repairs']);
    const [warranty, repairs] = spaces;
    const ctx = { actor: owner.user.id };
    const first = (doc: DocClient) => orderedStatuses(doc.doc)[0]!.id;
    const pump = createCard(
      warranty!.doc.doc,
      { statusId: first(warranty!.doc), title: 'Dishwasher pump noisy' },
      ctx,
    );
    const seal = createCard(
      repairs!.doc.doc,
      { statusId: first(repairs!.doc), title: 'Replace pump seal, dishwasher' },
      ctx,
    );
    createCard(repairs!.doc.doc, { statusId: first(repairs!.doc), title: 'Oven door hinge' }, ctx);
    const gone = createCard(
      repairs!.doc.doc,
      { statusId: first(repairs!.doc), title: 'Dishwasher pump (duplicate)' },
      ctx,
    );
    archiveCard(repairs!.doc.doc, { cardId: gone, archived: true }, ctx);

    // Any order of words, any case; archived cards are left out.
    const hits = await found(owner.cookie, 'PUMP dishwasher', 2);
    expect(hits).toEqual([
      {
        spaceId: warranty!.id,
        spaceName: 'Warranty',
        cardId: pump,
        title: 'Dishwasher pump noisy',
        statusName: expect.any(String),
      },
      {
        spaceId: repairs!.id,
        spaceName: 'Repairs',
        cardId: seal,
        title: 'Replace pump seal, dishwasher',
        statusName: expect.any(String),
      },
    ]);
    // A title starting with what was typed comes first, then one with a word starting with it, then the rest.
    createCard(repairs!.doc.doc, { statusId: first(repairs!.doc), title: 'Sumpump drain blocked' }, ctx);
    createCard(repairs!.doc.doc, { statusId: first(repairs!.doc), title: 'Pump housing cracked' }, ctx);
    expect((await found(owner.cookie, 'pump', 4)).map((hit) => hit.title)).toEqual([
      'Pump housing cracked',
      'Dishwasher pump noisy',
      'Replace pump seal, dishwasher',
      'Sumpump drain blocked',
    ]);
    // Letters beyond ASCII fold too; the open space can be left out.
    createCard(warranty!.doc.doc, { statusId: first(warranty!.doc), title: 'Ölwechsel Kompressor' }, ctx);
    expect((await found(owner.cookie, 'öl KOMPRESSOR', 1))[0]!.title).toBe('Ölwechsel Kompressor');
    expect((await found(owner.cookie, 'olwechsel', 1))[0]!.title).toBe('Ölwechsel Kompressor');
    const elsewhere = await search(owner.cookie, `q=dishwasher&exclude=${warranty!.id}`);
    expect(elsewhere.body.cards.map((hit) => hit.spaceName)).toEqual(['Repairs']);

    // Someone outside the workspace finds only their own cards, and nobody finds those of a public
    // workspace they never joined.
    const stranger = await signupNew(server.url, 'stranger');
    const theirs = await workspaceWithSpaces(stranger.cookie, ['Their desk'], 'public');
    createCard(
      theirs.spaces[0]!.doc.doc,
      { statusId: first(theirs.spaces[0]!.doc), title: 'Their dishwasher pump' },
      { actor: stranger.user.id },
    );
    expect((await found(stranger.cookie, 'dishwasher', 1))[0]!.title).toBe('Their dishwasher pump');
    expect((await found(owner.cookie, 'dishwasher', 2)).map((hit) => hit.title)).not.toContain(
      'Their dishwasher pump',
    );

    // An archived space's cards are left out.
    const workspace = await open(`workspace/${workspaceId}`, owner.cookie);
    archiveSpace(workspace.doc, { spaceId: warranty!.id, archived: true }, ctx);
    await found(owner.cookie, 'dishwasher', 1);
  });

  it('ranks every match, however many the spaces hold, and shows the best ones', async () => {
    const owner = await signupNew(server.url, 'searcher');
    const { spaces } = await workspaceWithSpaces(owner.cookie, ['Parts']);
    const parts = spaces[0]!.doc.doc;
    const statusId = orderedStatuses(parts)[0]!.id;
    const ctx = { actor: owner.user.id };
    for (let i = 0; i < 120; i++) createCard(parts, { statusId, title: `Old filter ${i}` }, ctx);
    createCard(parts, { statusId, title: 'Filter housing' }, ctx);
    // Once every card is summarised, the one starting with the word leads, wherever the database keeps it.
    const hits = await answerOnce(owner.cookie, 'filter', (cards) =>
      cards.some((hit) => hit.title === 'Filter housing'),
    );
    expect(hits).toHaveLength(20);
    expect(hits[0]!.title).toBe('Filter housing');
    // Then by title, numbers by value.
    expect(hits.slice(1, 4).map((hit) => hit.title)).toEqual([
      'Old filter 0',
      'Old filter 1',
      'Old filter 2',
    ]);
  });

  it('puts open work before finished among equal matches, and says how many more match', async () => {
    const owner = await signupNew(server.url, 'lead');
    const { spaces } = await workspaceWithSpaces(owner.cookie, ['Returns']);
    const returns = spaces[0]!.doc.doc;
    const statuses = orderedStatuses(returns);
    const done = statuses.find((status) => status.role === 'completed')!.id;
    const open = statuses.find((status) => status.role === 'not_started')!.id;
    const ctx = { actor: owner.user.id };
    for (let i = 0; i < 25; i++)
      createCard(returns, { statusId: done, title: `Heat pump ${i} shipped` }, ctx);
    createCard(returns, { statusId: open, title: 'Heat pump compressor trips' }, ctx);
    createCard(returns, { statusId: open, title: 'Heat pump error A11' }, ctx);
    let answer: { cards: Hit[]; more: number } = { cards: [], more: 0 };
    for (let i = 0; i < 200 && answer.cards.length + answer.more < 27; i++) {
      const res = await api<{ cards: Hit[]; more: number }>(server.url, '/api/cards/search?q=heat+pump', {
        cookie: owner.cookie,
      });
      answer = res.body;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(answer.cards.slice(0, 2).map((hit) => hit.title)).toEqual([
      'Heat pump compressor trips',
      'Heat pump error A11',
    ]);
    expect(answer.cards).toHaveLength(20);
    expect(answer.more).toBe(7);
  });

  it('refuses a missing or bad query, and a caller not signed in', async () => {
    const owner = await signupNew(server.url, 'searcher');
    expect((await search(undefined, 'q=pump')).status).toBe(401);
    for (const [query, message] of [
      ['', 'Say what to search for.'],
      ['q=%20%20', 'Say what to search for.'],
      [`q=${'x'.repeat(201)}`, 'At most 200 characters can be searched for.'],
      ['q=pump&limit=0', 'The limit must be at least 1.'],
      ['q=pump&limit=abc', 'The limit must be a whole number.'],
      ['q=pump&sort=title', 'sort'],
      ['q=pump&exclude=..%2F', 'The space to leave out must be an id.'],
    ] as const) {
      const res = await search(owner.cookie, query);
      expect(res.status, query).toBe(400);
      expect(JSON.stringify(res.body), query).toContain(message);
    }
  });
});
