// Visitors read and comment: their document updates are dropped, so they comment through the API, which
// the server turns into the same domain operation on its copy of the space.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardComments, createCard, orderedStatuses } from '../../../src/domain/index.ts';
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

describe('comments through the API', () => {
  it('lets a visitor of a public workspace comment, live for everyone, and refuses what it must', async () => {
    const owner = await signupNew(server.url, 'owner');
    const visitor = await signupNew(server.url, 'visitor');
    const stranger = await signupNew(server.url, 'stranger');
    const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
      cookie: owner.cookie,
      body: { name: 'Complaints desk', type: 'public' },
    });
    const space = await api<{ id: string }>(server.url, `/api/workspaces/${ws.body.id}/spaces`, {
      cookie: owner.cookie,
      body: { name: 'Escalations' },
    });
    const spaceId = space.body.id;

    // The owner's client creates a card and watches the space.
    const ownerDoc = connectDoc(server.wsUrl, `space/${spaceId}`, owner.cookie);
    clients.push(ownerDoc);
    await ownerDoc.synced;
    const statusId = orderedStatuses(ownerDoc.doc)[0]!.id;
    const cardId = createCard(ownerDoc.doc, { statusId, title: 'Noisy fridge' }, { actor: owner.user.id });

    const path = `/api/spaces/${spaceId}/cards/${cardId}/comments`;
    let res = await api<{ id: string }>(server.url, path, {
      cookie: visitor.cookie,
      body: { text: 'Same problem at our branch.' },
    });
    // The card may still be on its way to the server: ask until it is there.
    for (let i = 0; res.status === 400 && i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      res = await api<{ id: string }>(server.url, path, {
        cookie: visitor.cookie,
        body: { text: 'Same problem at our branch.' },
      });
    }
    expect(res.status).toBe(201);

    await waitFor(
      () => cardComments(ownerDoc.doc, cardId).some((comment) => comment.id === res.body.id),
      "the visitor's comment at the owner's client",
    );
    const comment = cardComments(ownerDoc.doc, cardId).find((c) => c.id === res.body.id)!;
    expect(comment).toMatchObject({ text: 'Same problem at our branch.', by: visitor.user.id });

    // Nothing written for bad input, strangers, unknown spaces or the signed-out.
    expect(await api(server.url, path, { cookie: visitor.cookie, body: { text: '   ' } })).toMatchObject({
      status: 400,
      body: { error: { code: 'empty_text' } },
    });
    expect(
      await api(server.url, `/api/spaces/${spaceId}/cards/nope/comments`, {
        cookie: visitor.cookie,
        body: { text: 'Hello' },
      }),
    ).toMatchObject({ status: 400, body: { error: { code: 'unknown_card' } } });
    const privateWs = await api<{ id: string }>(server.url, '/api/workspaces', {
      cookie: owner.cookie,
      body: { name: 'Internal', type: 'private' },
    });
    const hidden = await api<{ id: string }>(server.url, `/api/workspaces/${privateWs.body.id}/spaces`, {
      cookie: owner.cookie,
      body: { name: 'Audit' },
    });
    expect(
      await api(server.url, `/api/spaces/${hidden.body.id}/cards/${cardId}/comments`, {
        cookie: stranger.cookie,
        body: { text: 'Let me in' },
      }),
    ).toMatchObject({ status: 404 });
    expect(await api(server.url, path, { body: { text: 'Anyone?' } })).toMatchObject({ status: 401 });
    expect(cardComments(ownerDoc.doc, cardId)).toHaveLength(1);

    // The visitor edits and deletes their own comment the same way; nobody else's.
    const own = `${path}/${res.body.id}`;
    expect(
      await api(server.url, own, {
        method: 'PATCH',
        cookie: visitor.cookie,
        body: { text: 'Same problem at two branches.' },
      }),
    ).toMatchObject({ status: 200 });
    await waitFor(
      () => cardComments(ownerDoc.doc, cardId)[0]?.text === 'Same problem at two branches.',
      "the visitor's edit at the owner's client",
    );
    expect(cardComments(ownerDoc.doc, cardId)[0]!.editedAt).not.toBeNull();
    const ownerComment = await api<{ id: string }>(server.url, path, {
      cookie: owner.cookie,
      body: { text: 'We are on it.' },
    });
    const others = `${path}/${ownerComment.body.id}`;
    expect(
      await api(server.url, others, { method: 'PATCH', cookie: visitor.cookie, body: { text: 'Mine now' } }),
    ).toMatchObject({ status: 403, body: { error: { code: 'not_author' } } });
    expect(await api(server.url, others, { method: 'DELETE', cookie: visitor.cookie })).toMatchObject({
      status: 403,
    });
    expect(await api(server.url, `${path}/nope`, { method: 'DELETE', cookie: visitor.cookie })).toMatchObject(
      { status: 400, body: { error: { code: 'unknown_comment' } } },
    );
    expect(
      await api(server.url, own, { method: 'PATCH', cookie: stranger.cookie, body: { text: 'x' } }),
    ).toMatchObject({ status: 403 });
    expect(await api(server.url, own, { method: 'DELETE', cookie: visitor.cookie })).toMatchObject({
      status: 200,
    });
    await waitFor(
      () => cardComments(ownerDoc.doc, cardId).find((c) => c.id === res.body.id)?.deleted === true,
      "the visitor's deletion at the owner's client",
    );
    expect(cardComments(ownerDoc.doc, cardId).find((c) => c.id === ownerComment.body.id)).toMatchObject({
      text: 'We are on it.',
      deleted: false,
    });
  });
});
