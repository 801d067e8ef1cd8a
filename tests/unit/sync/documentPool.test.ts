import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import net from 'node:net';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import WebSocket, { WebSocketServer } from 'ws';
import {
  createDocumentPool,
  SyncDeniedError,
  syncUrl,
  type DocumentPool,
} from '../../../src/sync/documentPool.ts';
import { createOfflineStore, type OfflineStore } from '../../../src/sync/offlineStore.ts';

const pools: DocumentPool[] = [];
const stores: OfflineStore[] = [];
const servers: WebSocketServer[] = [];
let sockets: WebSocket[] = [];

/** A `ws` client that remembers every socket it opens. */
class TrackedWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols);
    sockets.push(this);
  }
}
const WebSocketPolyfill = TrackedWebSocket as unknown as typeof globalThis.WebSocket;

/** A loopback port with nothing listening: every connection is refused. */
async function deadServerUrl(): Promise<string> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

function poolFor(
  serverUrl: string,
  options: { maxIdle?: number; idleMs?: number; offline?: OfflineStore } = {},
) {
  const pool = createDocumentPool({ serverUrl, WebSocketPolyfill, disableBc: true, ...options });
  pools.push(pool);
  return pool;
}

const live = () =>
  sockets.filter((s) => s.readyState === WebSocket.CONNECTING || s.readyState === WebSocket.OPEN);

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(pools.splice(0).map((p) => p.destroy()));
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  sockets = [];
});

describe('document pool', () => {
  it('derives the websocket base from the server origin', () => {
    expect(syncUrl('http://127.0.0.1:8080')).toBe('ws://127.0.0.1:8080/sync');
    expect(syncUrl('https://board.example.com/app/')).toBe('wss://board.example.com/sync');
  });

  it('hands out one Y.Doc per document and keeps it open while any handle is held', async () => {
    const pool = poolFor(await deadServerUrl());
    const a = pool.acquire('space/s1');
    const b = pool.acquire('space/s1');
    const other = pool.acquire('space/s2');
    expect(b.doc).toBe(a.doc);
    expect(other.doc).not.toBe(a.doc);

    a.release();
    a.release(); // a second release of the same handle must not drop b's reference
    expect(a.doc.isDestroyed).toBe(false);
    expect(pool.openNames().sort()).toEqual(['space/s1', 'space/s2']);
  });

  it('refuses malformed document names before opening anything', async () => {
    const pool = poolFor(await deadServerUrl());
    expect(() => pool.acquire('space/../etc')).toThrow(TypeError);
    expect(() => pool.acquire('board/x')).toThrow(TypeError);
    expect(pool.openNames()).toEqual([]);
    expect(sockets).toHaveLength(0);
  });

  it('shows a document as offline while its server cannot be reached', async () => {
    const pool = poolFor(await deadServerUrl());
    const handle = pool.acquire('space/s1');
    const heard: string[] = [];
    const stop = handle.connection.subscribe((c) => heard.push(c.state));
    pool.acquire('space/s2'); // another document's changes must not reach this listener
    await vi.waitFor(() => expect(handle.connection.get().state).toBe('offline'));
    expect(pool.connection.getState().aggregate).toBe('offline');
    expect(heard).toEqual(['offline']);
    stop();
  });

  it('closes a released document after idleMs: socket gone, doc destroyed, state forgotten', async () => {
    const pool = poolFor(await deadServerUrl(), { idleMs: 150 });
    const handle = pool.acquire('space/s1');
    await vi.waitFor(() => expect(sockets.length).toBeGreaterThan(0));
    handle.release();
    expect(handle.doc.isDestroyed).toBe(false); // still warm

    await vi.waitFor(() => expect(handle.doc.isDestroyed).toBe(true));
    expect(pool.openNames()).toEqual([]);
    expect(pool.connection.getState().docs).toEqual({});
    expect(live()).toHaveLength(0);
    const opened = sockets.length;
    await new Promise((resolve) => setTimeout(resolve, 600)); // longer than y-websocket's first backoff
    expect(sockets.length).toBe(opened);
  });

  it('reuses a warm document when acquired again before it expires', async () => {
    const pool = poolFor(await deadServerUrl(), { idleMs: 200 });
    const first = pool.acquire('space/s1');
    first.doc.getMap('meta').set('id', 's1');
    first.release();
    const again = pool.acquire('space/s1');
    expect(again.doc).toBe(first.doc);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(again.doc.isDestroyed).toBe(false);
    expect(again.doc.getMap('meta').get('id')).toBe('s1');
  });

  it('keeps at most maxIdle warm documents, closing the least recently released first', async () => {
    const pool = poolFor(await deadServerUrl(), { maxIdle: 2, idleMs: 60_000 });
    const [a, b, c] = ['space/a', 'space/b', 'space/c'].map((name) => pool.acquire(name));
    a!.release();
    b!.release();
    expect(pool.openNames().sort()).toEqual(['space/a', 'space/b', 'space/c']);
    c!.release();
    expect(a!.doc.isDestroyed).toBe(true);
    expect(pool.openNames().sort()).toEqual(['space/b', 'space/c']);
  });

  it('closes held documents too when the pool is destroyed', async () => {
    const pool = poolFor(await deadServerUrl());
    const handle = pool.acquire('space/s1');
    const synced = handle.whenSynced;
    await pool.destroy();
    expect(handle.doc.isDestroyed).toBe(true);
    await expect(synced).rejects.toThrow(/closed before it synced/);
    expect(live()).toHaveLength(0);
    expect(() => pool.acquire('space/s1')).toThrow(/destroyed/);
  });

  it('ends in denied with the close code when the server refuses the document', async () => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    servers.push(server);
    await new Promise((resolve) => server.once('listening', resolve));
    server.on('connection', (ws) => ws.close(4403, 'not a member'));
    const { port } = server.address() as net.AddressInfo;
    const pool = poolFor(`http://127.0.0.1:${port}`);
    const handle = pool.acquire('space/s1');

    await expect(handle.whenSynced).rejects.toBeInstanceOf(SyncDeniedError);
    expect(handle.connection.get()).toMatchObject({ state: 'denied', code: 4403 });
    // A refusal is not a network problem: the header does not turn offline because of it.
    expect(pool.connection.getState().aggregate).toBe('online');
    const attempts = sockets.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(sockets.length).toBe(attempts); // final: no reconnect

    // Released, a refused document closes at once, so acquiring it later asks the server again.
    handle.release();
    expect(handle.doc.isDestroyed).toBe(true);
    const retry = pool.acquire('space/s1');
    await expect(retry.whenSynced).rejects.toBeInstanceOf(SyncDeniedError);
    expect(sockets.length).toBe(attempts + 1);
  });

  it('loads the local copy before use and writes edits back to it', async () => {
    const idb = new IDBFactory();
    const store = createOfflineStore({ indexedDB: idb, IDBKeyRange });
    stores.push(store);
    const url = await deadServerUrl();
    const pool = poolFor(url, { offline: store });
    const handle = pool.acquire('space/s1');
    await handle.whenLocal;
    handle.doc.getMap('cards').set('c1', 'Broken hinge');
    await pool.destroy();
    expect(handle.doc.isDestroyed).toBe(true);

    const second = poolFor(url, { offline: store });
    const reopened = second.acquire('space/s1');
    expect(reopened.doc).not.toBe(handle.doc);
    await reopened.whenLocal;
    expect(reopened.doc.getMap('cards').get('c1')).toBe('Broken hinge');
  });

  it('flags the document when its edits can no longer be written to this device', async () => {
    const store = createOfflineStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    stores.push(store);
    const pool = poolFor(await deadServerUrl(), { offline: store });
    const handle = pool.acquire('space/s1');
    await handle.whenLocal;
    expect(handle.connection.get().localCopy).toBe('ok');
    expect(pool.connection.getState().localCopy).toBe('ok');

    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('storage is full', 'QuotaExceededError');
    });
    handle.doc.getMap('cards').set('c1', 'Cracked housing');

    await vi.waitFor(() => expect(handle.connection.get().localCopy).toBe('failing'));
    expect(pool.connection.getState().localCopy).toBe('failing');
  });

  it('leaves no per-document process listener behind once documents close', async () => {
    // y-websocket adds a process 'exit' listener per provider and removes it on destroy: a provider the
    // pool forgot to destroy shows up here (and, past ten, as MaxListenersExceededWarning).
    const baseline = process.listenerCount('exit');
    const pool = poolFor(await deadServerUrl(), { maxIdle: 2 });
    for (let i = 0; i < 12; i++) pool.acquire(`space/s${i}`).release();
    expect(process.listenerCount('exit')).toBe(baseline + 2);
    await pool.destroy();
    expect(process.listenerCount('exit')).toBe(baseline);
  });
});
