import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import {
  api,
  connectDoc,
  signupNew,
  startTestServer,
  waitFor,
  type DocClient,
  type TestServer,
} from '../../fixtures/server.ts';

const LIMIT = 64 * 1024;

let server: TestServer;
const clients: DocClient[] = [];
let cookie: string;
let spaceId: string;

beforeAll(async () => {
  server = await startTestServer({ maxMessageBytes: LIMIT });
  ({ cookie } = await signupNew(server.url, 'agent'));
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie,
    body: { name: 'Service', type: 'private' },
  });
  const space = await api<{ id: string }>(server.url, `/api/workspaces/${ws.body.id}/spaces`, {
    cookie,
    body: { name: 'Repairs' },
  });
  spaceId = space.body.id;
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

function open(docName = `space/${spaceId}`): DocClient {
  const client = connectDoc(server.wsUrl, docName, cookie);
  clients.push(client);
  return client;
}

/** Sends `frames` on a raw authenticated socket to the space and resolves with the close code. */
function sendRaw(frames: Array<Uint8Array | string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.wsUrl}/sync/space/${spaceId}`, { headers: { cookie } });
    ws.on('open', () => {
      for (const frame of frames) ws.send(frame, { binary: typeof frame !== 'string' });
    });
    ws.on('close', (code) => resolve(code));
    ws.on('error', reject);
  });
}

/** A y-websocket sync-update message carrying `update`. */
function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('sync', () => {
  it('makes two clients converge through the server, both ways and concurrently', async () => {
    const a = open();
    const b = open();
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('cards').set('from-a', 1);
    b.doc.getMap('cards').set('from-b', 2);
    a.doc.getText('notes').insert(0, 'alpha ');
    b.doc.getText('notes').insert(0, 'beta ');
    await waitFor(
      () => a.doc.getMap('cards').size === b.doc.getMap('cards').size && a.doc.getMap('cards').size >= 2,
      'both cards on both clients',
    );
    await waitFor(
      () => a.doc.getText('notes').toString() === b.doc.getText('notes').toString(),
      'equal text',
    );
    expect(a.doc.getMap('cards').toJSON()).toMatchObject({ 'from-a': 1, 'from-b': 2 });
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });

  it('relays presence and removes a closed connection’s presence', async () => {
    const a = open();
    const b = open();
    await Promise.all([a.synced, b.synced]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ann' });
    await waitFor(
      () => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ann',
      'presence',
    );
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'presence to be removed');
  });

  it('closes a connection that sends malformed messages with 4400 and keeps the document intact', async () => {
    const watcher = open();
    await watcher.synced;
    const before = Y.encodeStateAsUpdate(watcher.doc);

    const truncated = new Uint8Array([0, 2, 50, 1, 2, 3]);
    const unknownType = new Uint8Array([9, 1, 2]);
    const garbageUpdate = updateMessage(new Uint8Array([200, 1, 7, 7, 7, 7, 250, 3]));
    const badStateVector = new Uint8Array([0, 0, 3, 255, 255, 255]);
    const badAwareness = new Uint8Array([1, 6, 1, 5, 1, 2, 123, 123]); // state "{{" is not JSON
    for (const frame of [truncated, unknownType, garbageUpdate, badStateVector, badAwareness]) {
      expect(await sendRaw([frame])).toBe(4400);
    }
    expect(await sendRaw(['{"type":"text"}'])).toBe(4400);

    // Everyone else is unaffected: the watcher still syncs with a new client.
    expect(watcher.provider.wsconnected).toBe(true);
    const other = open();
    await other.synced;
    expect(Y.encodeStateAsUpdate(other.doc)).toEqual(before);
    other.doc.getMap('cards').set('after-garbage', true);
    await waitFor(() => watcher.doc.getMap('cards').get('after-garbage') === true, 'sync after garbage');
  });

  it('closes a connection that sends an oversized message with 4413, storing none of it', async () => {
    const watcher = open();
    await watcher.synced;
    const big = new Y.Doc();
    big.getText('notes').insert(0, 'x'.repeat(LIMIT + 10));
    const message = updateMessage(Y.encodeStateAsUpdate(big));
    expect(message.byteLength).toBeGreaterThan(LIMIT);
    expect(await sendRaw([message])).toBe(4413);

    const fresh = open();
    await fresh.synced;
    expect(fresh.doc.getText('notes').toString()).not.toContain('xxxx');
    fresh.doc.getMap('cards').set('after-big', true);
    await waitFor(
      () => watcher.doc.getMap('cards').get('after-big') === true,
      'sync after the oversized message',
    );
  });

  it('accepts a message just under the limit', async () => {
    const a = open();
    const b = open();
    await Promise.all([a.synced, b.synced]);
    a.doc.getText('bulk').insert(0, 'y'.repeat(LIMIT - 1024));
    await waitFor(() => b.doc.getText('bulk').length === LIMIT - 1024, 'the large update to arrive');
    expect(a.provider.wsconnected).toBe(true);
  });
});
