// A client that opens a big document with nothing gets it as slices (sync update messages, one per slice)
// before a sync step 2 that carries only the rest; a client with a local copy gets the plain diff. Real
// server, real sockets, real database; slices of 200 structs so a few hundred cards make a "big" space.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { createCard, moveCard, orderedStatuses, spaceMaps, updateCard } from '../../../src/domain/index.ts';
import {
  api,
  connectDoc,
  signupNew,
  startTestServerWithStorage,
  type DocClient,
  type TestServer,
} from '../../fixtures/server.ts';
import type { Storage } from '../../../server/storage/types.ts';

const SLICE_STRUCTS = 200;

let server: TestServer & { storage: Storage };
const clients: DocClient[] = [];
let cookie: string;
let actor: string;
let docName: string;
let writer: DocClient;

beforeAll(async () => {
  server = await startTestServerWithStorage({ sliceStructs: SLICE_STRUCTS });
  const owner = await signupNew(server.url, 'lead');
  ({ cookie } = owner);
  actor = owner.user.id;
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie,
    body: { name: 'Service', type: 'private' },
  });
  const space = await api<{ id: string }>(server.url, `/api/workspaces/${ws.body.id}/spaces`, {
    cookie,
    body: { name: 'Repairs' },
  });
  docName = `space/${space.body.id}`;
  writer = open();
  await writer.synced;
  // Cards created and then moved: nested maps, history entries and tombstones of overwritten positions.
  const [intake, repair] = orderedStatuses(writer.doc);
  const ids: string[] = [];
  for (let i = 0; i < 300; i++) {
    ids.push(createCard(writer.doc, { statusId: intake!.id, title: `Return ${i}` }, { actor }));
  }
  for (const cardId of ids.slice(0, 150)) moveCard(writer.doc, { cardId, toStatusId: repair!.id }, { actor });
  await stored();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

function open(opts: { doc?: Y.Doc } = {}): DocClient {
  const client = connectDoc(server.wsUrl, docName, cookie, opts);
  clients.push(client);
  return client;
}

/** The server's state: what it has stored (it sends nothing it has not stored). */
async function serverDoc(): Promise<Y.Doc> {
  const { snapshot, updates } = await server.storage.loadDoc(docName);
  const doc = new Y.Doc();
  for (const part of [snapshot, ...updates]) if (part) Y.applyUpdate(doc, part);
  return doc;
}

/** Waits until everything the writer has made is stored on the server. */
async function stored(): Promise<void> {
  const target = Buffer.from(Y.encodeStateVector(writer.doc));
  let done = false;
  while (!done) {
    const doc = await serverDoc();
    done = target.equals(Buffer.from(Y.encodeStateVector(doc)));
    doc.destroy();
    if (!done) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function expectSameState(client: Y.Doc, server: Y.Doc): void {
  expect(Y.encodeStateVector(client)).toEqual(Y.encodeStateVector(server));
  const mine = spaceMaps(client);
  const theirs = spaceMaps(server);
  for (const name of Object.keys(mine) as Array<keyof typeof mine>) {
    expect(mine[name].toJSON(), name).toEqual(theirs[name].toJSON());
  }
}

/** A y-websocket sync message of `type` (0 step 1, 1 step 2, 2 update). */
function syncMessage(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

interface FirstSync {
  /** Payloads of the sync update messages that arrived before step 2, in order. */
  updates: Uint8Array[];
  step2: Uint8Array;
}

/** Opens the space on a raw socket, sends step 1 with `stateVector`, and records the answer. */
function firstSync(stateVector = Y.encodeStateVector(new Y.Doc())): Promise<FirstSync> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.wsUrl}/sync/${docName}`, { headers: { cookie } });
    const updates: Uint8Array[] = [];
    ws.on('open', () => ws.send(syncMessage(0, stateVector)));
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 0) return;
      const type = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (type === 2) updates.push(payload);
      if (type !== 1) return;
      ws.close();
      resolve({ updates, step2: payload });
    });
    ws.on('error', reject);
  });
}

/** Applies the slices in order, each as its own update, checking that none leaves Yjs waiting. */
function applyInOrder(doc: Y.Doc, { updates, step2 }: FirstSync): void {
  for (const [index, update] of updates.entries()) {
    Y.applyUpdate(doc, update);
    expect(doc.store.pendingStructs, `slice ${index}`).toBeNull();
    expect(doc.store.pendingDs, `slice ${index}`).toBeNull();
  }
  Y.applyUpdate(doc, step2);
  expect(doc.store.pendingStructs).toBeNull();
}

const structCount = (update: Uint8Array) => Y.decodeUpdate(update).structs.length;

describe('a cold open of a big document', () => {
  let first: FirstSync;

  it('sends an empty client the state as slices before a step 2, and it ends equal to the server', async () => {
    first = await firstSync();
    expect(first.updates.length).toBeGreaterThan(5);
    for (const update of first.updates) expect(structCount(update)).toBeLessThanOrEqual(SLICE_STRUCTS);
    // Nothing was edited since the slices were taken: the step 2 holds no structs.
    expect(structCount(first.step2)).toBe(0);
    const doc = new Y.Doc();
    applyInOrder(doc, first);
    expectSameState(doc, await serverDoc());
  });

  it('gives the stock client the whole space the same way, one transaction per slice', async () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('update', () => (transactions += 1));
    const client = open({ doc });
    await client.synced;
    // One per slice (one message each), where a single step 2 would have been one; the step 2 after
    // them changes nothing here (deleted items travel marked as deleted in the slices).
    expect(transactions).toBeGreaterThanOrEqual(first.updates.length);
    expectSameState(client.doc, await serverDoc());
  });

  it('reuses the slices and sends later edits, deletions included, in the step 2', async () => {
    const cards = spaceMaps(writer.doc).cards;
    const [cardId] = [...cards.keys()];
    updateCard(writer.doc, { cardId: cardId!, title: 'Compressor replaced' }, { actor });
    const [, , testing] = orderedStatuses(writer.doc);
    moveCard(writer.doc, { cardId: cardId!, toStatusId: testing!.id }, { actor });
    await stored();

    const second = await firstSync();
    expect(second.updates.length).toBeGreaterThan(5);
    expect(second.updates).toEqual(first.updates);
    expect(structCount(second.step2)).toBeGreaterThan(0);
    const doc = new Y.Doc();
    applyInOrder(doc, second);
    expect(spaceMaps(doc).cards.get(cardId!)?.get('title')).toBe('Compressor replaced');
    expectSameState(doc, await serverDoc());
  });

  it('takes the slices again once the edits since outgrow a slice', async () => {
    const [intake] = orderedStatuses(writer.doc);
    for (let i = 0; i < 60; i++) {
      createCard(writer.doc, { statusId: intake!.id, title: `Late return ${i}` }, { actor });
    }
    await stored();

    const third = await firstSync();
    expect(third.updates.length).toBeGreaterThan(first.updates.length);
    expect(structCount(third.step2)).toBe(0);
    const doc = new Y.Doc();
    applyInOrder(doc, third);
    expectSameState(doc, await serverDoc());
  });

  it('sends a client with a local copy only the diff, as before', async () => {
    const local = await serverDoc();
    const copy = await serverDoc();
    const cardId = [...spaceMaps(writer.doc).cards.keys()][5]!;
    updateCard(writer.doc, { cardId, title: 'Door seal ordered' }, { actor });
    await stored();

    const reload = await firstSync(Y.encodeStateVector(local));
    expect(reload.updates).toEqual([]);
    const edit = structCount(reload.step2);
    expect(edit).toBeGreaterThan(0);
    expect(edit).toBeLessThan(10);
    applyInOrder(local, reload);
    expectSameState(local, await serverDoc());

    // The stock client reopening with the same local copy catches up the same way.
    const client = open({ doc: copy });
    await client.synced;
    expect(spaceMaps(client.doc).cards.get(cardId)?.get('title')).toBe('Door seal ordered');
  });
});
