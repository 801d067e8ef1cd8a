// First: Dexie's liveQuery, which y-dexie loads documents with, silently does nothing without a global IndexedDB.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createCard, orderedStatuses, readSpace } from '../../../src/domain/index.ts';
import { createDocumentPool, type DocumentPool } from '../../../src/sync/documentPool.ts';
import { createOfflineStore, type OfflineStore } from '../../../src/sync/offlineStore.ts';
import type { DocConnectionState } from '../../../src/state/connectionStore.ts';
import {
  api,
  connectDoc,
  cookieWebSocket,
  freePort,
  signupNew,
  startTestServer,
  tempDataDir,
  waitFor,
  type DocClient,
  type TestServer,
  type TestUser,
} from '../../fixtures/server.ts';

let server: TestServer | null = null;
let dataDir: string;
let port: number;
let owner: { user: TestUser; cookie: string };
let spaceName: string;
let workspaceId: string;
const pools: DocumentPool[] = [];
const stores: OfflineStore[] = [];
const clients: DocClient[] = [];

async function startOnSamePort() {
  server = await startTestServer({ dataDir, port });
}

/** A client as the app builds one: pool + IndexedDB copy, session cookie on the websocket upgrade. */
function client(idb: IDBFactory, cookie: string, idleMs?: number) {
  const offline = createOfflineStore({ indexedDB: idb, IDBKeyRange });
  const pool = createDocumentPool({
    serverUrl: `http://127.0.0.1:${port}`,
    ...(idleMs === undefined ? {} : { idleMs }),
    // y-websocket's types expect the DOM WebSocket; ws implements the same interface for the client.
    WebSocketPolyfill: cookieWebSocket(cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    offline,
  });
  stores.push(offline);
  pools.push(pool);
  return { pool, offline };
}

/** Every distinct state `docName` goes through from now on. */
function recordStates(pool: DocumentPool, docName: string): DocConnectionState[] {
  const seen: DocConnectionState[] = [];
  const current = pool.connection.getState().docs[docName];
  if (current) seen.push(current.state);
  pool.connection.subscribe((state) => {
    const next = state.docs[docName]?.state;
    if (next && next !== seen[seen.length - 1]) seen.push(next);
  });
  return seen;
}

beforeAll(async () => {
  dataDir = tempDataDir();
  port = await freePort();
  await startOnSamePort();
  owner = await signupNew(server!.url, 'agent');
  const workspace = await api<{ id: string }>(server!.url, '/api/workspaces', {
    cookie: owner.cookie,
    body: { name: 'Aftersales', type: 'private' },
  });
  workspaceId = workspace.body.id;
  const space = await api<{ id: string }>(server!.url, `/api/workspaces/${workspace.body.id}/spaces`, {
    cookie: owner.cookie,
    body: { name: 'Warranty claims' },
  });
  expect(space.status).toBe(201);
  spaceName = `space/${space.body.id}`;
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await Promise.all(pools.map((p) => p.destroy()));
  await Promise.all(stores.map((s) => s.close()));
  await server?.close();
});

describe('client pool against the real server', () => {
  it('keeps an edit made while the server is down across a restart and syncs it on reconnect', async () => {
    const idb = new IDBFactory();
    const first = client(idb, owner.cookie);
    const handle = first.pool.acquire(spaceName);
    await handle.whenSynced;
    const [status] = orderedStatuses(handle.doc);
    expect(status).toBeDefined();

    await server!.close();
    server = null;
    await waitFor(
      () => handle.connection.get().state === 'offline',
      'the client to notice the server is gone',
    );
    const cardId = createCard(
      handle.doc,
      { statusId: status!.id, title: 'Compressor noise' },
      { actor: owner.user.id },
    );

    // The app restarts with the server still down: a new pool, a new Y.Doc, the same IndexedDB.
    await first.pool.destroy();
    await first.offline.close();
    const second = client(idb, owner.cookie);
    const states = recordStates(second.pool, spaceName);
    const reopened = second.pool.acquire(spaceName);
    expect(reopened.doc).not.toBe(handle.doc);
    await reopened.whenLocal;
    expect(readSpace(reopened.doc).cards[cardId]?.title).toBe('Compressor noise');
    await waitFor(() => reopened.connection.get().state === 'offline', 'the restarted client to be offline');

    await startOnSamePort();
    await reopened.whenSynced;
    expect(reopened.connection.get().state).toBe('online');
    const fromOffline = states.slice(states.indexOf('offline'));
    expect(fromOffline).toEqual(['offline', 'syncing', 'online']);
    expect(second.pool.connection.getState().aggregate).toBe('online');

    // Another person with the stock client sees the edit.
    const colleague = connectDoc(server!.wsUrl, spaceName, owner.cookie);
    clients.push(colleague);
    await colleague.synced;
    await waitFor(
      () => readSpace(colleague.doc).cards[cardId] !== undefined,
      'the offline edit to reach the server',
    );
    expect(readSpace(colleague.doc).cards[cardId]?.title).toBe('Compressor noise');
  });

  it('sends an edit made offline when the server is back, though nobody opens that document again', async () => {
    if (!server) await startOnSamePort();
    const idb = new IDBFactory();
    const first = client(idb, owner.cookie, 50);
    const handle = first.pool.acquire(spaceName);
    await handle.whenSynced;
    const [status] = orderedStatuses(handle.doc);
    await server!.close();
    server = null;
    await waitFor(
      () => handle.connection.get().state === 'offline',
      'the client to notice the server is gone',
    );
    const cardId = createCard(
      handle.doc,
      { statusId: status!.id, title: 'Filter clogged' },
      { actor: owner.user.id },
    );
    expect(first.pool.unsentNames()).toEqual([spaceName]);

    // The user leaves the space: the document outlives its idle time, held for the edit it must send.
    handle.release();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(first.pool.openNames()).toEqual([spaceName]);

    // And reloads, on the home page this time: the new pool reopens the document by itself.
    await first.pool.destroy();
    await first.offline.close();
    const second = client(idb, owner.cookie, 50);
    await waitFor(() => second.pool.openNames().includes(spaceName), 'the unsent document to reopen');

    await startOnSamePort();
    const colleague = connectDoc(server!.wsUrl, spaceName, owner.cookie);
    clients.push(colleague);
    await colleague.synced;
    await waitFor(
      () => readSpace(colleague.doc).cards[cardId]?.title === 'Filter clogged',
      'the offline edit to reach the server',
    );
    // Sent: the mark is gone and the document closes like any released one.
    await waitFor(() => second.pool.openNames().length === 0, 'the sent document to close');
    expect(await second.offline.listUnsent()).toEqual([]);
  });

  it('holds no document for an edit made while online', async () => {
    if (!server) await startOnSamePort();
    const { pool, offline } = client(new IDBFactory(), owner.cookie, 50);
    const handle = pool.acquire(spaceName);
    await handle.whenSynced;
    const [status] = orderedStatuses(handle.doc);
    createCard(handle.doc, { statusId: status!.id, title: 'Sent at once' }, { actor: owner.user.id });
    expect(pool.unsentNames()).toEqual([]);
    handle.release();
    await waitFor(() => pool.openNames().length === 0, 'the released document to close');
    expect(await offline.listUnsent()).toEqual([]);
  });

  it('reports a document the user may not open as denied with 4403', async () => {
    if (!server) await startOnSamePort();
    const stranger = await signupNew(server!.url, 'stranger');
    const { pool } = client(new IDBFactory(), stranger.cookie);
    const handle = pool.acquire(spaceName);
    await expect(handle.whenSynced).rejects.toMatchObject({ code: 4403 });
    expect(handle.connection.get()).toMatchObject({ state: 'denied', code: 4403 });
  });

  it("tells the app when the user's role in a document changes, and syncs that document again", async () => {
    if (!server) await startOnSamePort();
    const agent = await signupNew(server!.url, 'demoted-agent');
    const setRole = (role: string) =>
      api(server!.url, `/api/workspaces/${workspaceId}/members`, {
        cookie: owner.cookie,
        body: { email: agent.user.email, role },
      });
    await setRole('member');
    const { pool } = client(new IDBFactory(), agent.cookie);
    const changed: string[] = [];
    pool.onAccessChanged((name) => changed.push(name));
    const handle = pool.acquire(spaceName);
    await handle.whenSynced;
    expect(changed).toEqual([]);

    await setRole('visitor');
    await waitFor(() => changed.includes(spaceName), 'the pool to report the changed role');
    await waitFor(() => handle.connection.get().state === 'online', 'the document to sync again');
  });

  it('reports a missing session as denied with 4401', async () => {
    if (!server) await startOnSamePort();
    const { pool } = client(new IDBFactory(), 'afterboard_session=expired');
    const handle = pool.acquire(spaceName);
    await expect(handle.whenSynced).rejects.toMatchObject({ code: 4401 });
    expect(handle.connection.get().state).toBe('denied');
  });
});
