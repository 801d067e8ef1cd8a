// The board snapshot a fresh client paints from: the server's loaded copy read by the bridge's own reader,
// for every reader of the space (visitors too), and refused to anyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTodo, archiveCard, createCard, orderedStatuses } from '../../../src/domain/index.ts';
import { boardPicture } from '../../../src/sync/boardPicture.ts';
import { readSpaceState } from '../../../src/sync/bridge/spaceState.ts';
import { isSpaceState } from '../../../src/state/spaceStore.ts';
import type { SpaceState } from '../../../src/state/spaceStore.ts';
import {
  api,
  connectDoc,
  signupNew,
  startTestServer,
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

describe('GET /api/spaces/:spaceId/board', () => {
  it('answers readers with the space as the bridge reads it, follows changes, and refuses the rest', async () => {
    const owner = await signupNew(server.url, 'owner');
    const visitor = await signupNew(server.url, 'visitor');
    const stranger = await signupNew(server.url, 'stranger');
    const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
      cookie: owner.cookie,
      body: { name: 'Repairs', type: 'public' },
    });
    const space = await api<{ id: string }>(server.url, `/api/workspaces/${ws.body.id}/spaces`, {
      cookie: owner.cookie,
      body: { name: 'Bench' },
    });
    const spaceId = space.body.id;
    const path = `/api/spaces/${spaceId}/board`;

    const ownerDoc = connectDoc(server.wsUrl, `space/${spaceId}`, owner.cookie);
    clients.push(ownerDoc);
    await ownerDoc.synced;
    const statusId = orderedStatuses(ownerDoc.doc)[0]!.id;
    const first = createCard(ownerDoc.doc, { statusId, title: 'Cracked screen' }, { actor: owner.user.id });

    const boardHas = async (cookie: string, cardId: string) => {
      const res = await api<SpaceState>(server.url, path, { cookie });
      return res.status === 200 && Object.hasOwn(res.body.cards, cardId);
    };
    let seen = false;
    for (let i = 0; !seen && i < 100; i++) {
      seen = await boardHas(owner.cookie, first);
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seen).toBe(true);

    // The shape the client checks, and exactly what the client's bridge reads from the same document.
    const res = await api<SpaceState>(server.url, path, { cookie: owner.cookie });
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(isSpaceState(res.body)).toBe(true);
    expect(res.body.columns[statusId]).toEqual([first]);
    expect(res.body.cards[first]!.title).toBe('Cracked screen');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(readSpaceState(ownerDoc.doc))));

    // A visitor reads it too.
    const visitorRes = await api<SpaceState>(server.url, path, { cookie: visitor.cookie });
    expect(visitorRes.status).toBe(200);
    expect(visitorRes.body.cards[first]!.title).toBe('Cracked screen');

    // The cached snapshot is dropped when the document changes.
    const second = createCard(ownerDoc.doc, { statusId, title: 'Dead battery' }, { actor: owner.user.id });
    let updated = false;
    for (let i = 0; !updated && i < 100; i++) {
      updated = await boardHas(visitor.cookie, second);
      if (!updated) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(updated).toBe(true);

    // An archived card is not on the board, so not in its snapshot, nor is what is only its own.
    const ctx = { actor: owner.user.id };
    const todo = addTodo(ownerDoc.doc, { cardId: first, text: 'Order a screen' }, ctx);
    addTodo(ownerDoc.doc, { cardId: second, text: 'Test the charger' }, ctx);
    archiveCard(ownerDoc.doc, { cardId: first, archived: true }, ctx);
    let gone = false;
    for (let i = 0; !gone && i < 100; i++) {
      gone = !(await boardHas(owner.cookie, first));
      if (!gone) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(gone).toBe(true);
    const picture = await api<SpaceState>(server.url, path, { cookie: owner.cookie });
    expect(picture.body).toEqual(JSON.parse(JSON.stringify(boardPicture(readSpaceState(ownerDoc.doc)))));
    expect(Object.keys(picture.body.cards)).toEqual([second]);
    expect(picture.body.todos[todo]).toBeUndefined();
    expect(Object.keys(picture.body.todoIds)).toEqual([second]);
    expect(Object.keys(picture.body.badges)).toEqual([second]);

    // Someone outside a private workspace, or a space that does not exist: 403 alike. Signed out: 401.
    const privateWs = await api<{ id: string }>(server.url, '/api/workspaces', {
      cookie: owner.cookie,
      body: { name: 'Internal', type: 'private' },
    });
    const privateSpace = await api<{ id: string }>(
      server.url,
      `/api/workspaces/${privateWs.body.id}/spaces`,
      {
        cookie: owner.cookie,
        body: { name: 'Escalations' },
      },
    );
    expect(
      await api(server.url, `/api/spaces/${privateSpace.body.id}/board`, { cookie: stranger.cookie }),
    ).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await api(server.url, `/api/spaces/nosuchspace1/board`, { cookie: owner.cookie })).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
    expect(await api(server.url, path)).toMatchObject({ status: 401 });
  });
});
