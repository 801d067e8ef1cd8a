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

async function workspaceWithSpaces(cookie: string, names: string[]) {
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie,
    body: { name: 'Aftersales', type: 'private' },
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

/** Asks until the answer holds `count` cards: summaries follow the writes a moment later. */
async function found(cookie: string, q: string, count: number): Promise<Hit[]> {
  let cards: Hit[] = [];
  for (let i = 0; i < 200; i++) {
    const res = await search(cookie, `q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    cards = res.body.cards;
    if (cards.length === count) return cards;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`expected ${count} cards for "${q}", got ${JSON.stringify(cards)}`);
}

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
    // A title starting with what was typed comes first.
    expect((await found(owner.cookie, 'replace', 1))[0]!.cardId).toBe(seal);

    // Someone outside the workspace finds nothing of it.
    const stranger = await signupNew(server.url, 'stranger');
    expect((await search(stranger.cookie, 'q=dishwasher')).body.cards).toEqual([]);

    // An archived space's cards are left out.
    const workspace = await open(`workspace/${workspaceId}`, owner.cookie);
    archiveSpace(workspace.doc, { spaceId: warranty!.id, archived: true }, ctx);
    await found(owner.cookie, 'dishwasher', 1);
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
    ] as const) {
      const res = await search(owner.cookie, query);
      expect(res.status, query).toBe(400);
      expect(JSON.stringify(res.body), query).toContain(message);
    }
  });
});
