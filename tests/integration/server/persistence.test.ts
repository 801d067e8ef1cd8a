import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Storage } from '../../../server/storage/types.ts';
import {
  api,
  connectDoc,
  signupNew,
  spawnServer,
  startTestServer,
  startTestServerWithStorage,
  tempDataDir,
  waitFor,
  type DocClient,
} from '../../fixtures/server.ts';

const clients: DocClient[] = [];
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function open(wsUrl: string, docName: string, cookie: string): DocClient {
  const client = connectDoc(wsUrl, docName, cookie);
  clients.push(client);
  return client;
}

/** Creates a workspace with one space; returns the space's document name. */
async function createSpace(url: string, cookie: string): Promise<string> {
  const ws = await api<{ id: string }>(url, '/api/workspaces', {
    cookie,
    body: { name: 'Field', type: 'private' },
  });
  const space = await api<{ id: string }>(url, `/api/workspaces/${ws.body.id}/spaces`, {
    cookie,
    body: { name: 'Visits' },
  });
  return `space/${space.body.id}`;
}

/** Rows of the update log and whether a snapshot exists, read through the running server's storage. */
async function liveRows(storage: Storage, docName: string): Promise<{ updates: number; snapshot: boolean }> {
  const updates = await storage.countUpdates(docName);
  const { snapshot } = await storage.loadDoc(docName);
  return { updates, snapshot: snapshot !== null };
}

/** Rows of the update log and whether a snapshot exists, read from the database file of a stopped server. */
function storedRows(dataDir: string, docName: string): { updates: number; snapshot: boolean } {
  const db = new Database(path.join(dataDir, 'afterboard.db'), { readonly: true });
  try {
    const updates = db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE doc_name = ?').get(docName) as {
      n: number;
    };
    const snapshot = db.prepare('SELECT 1 FROM doc_snapshots WHERE doc_name = ?').get(docName);
    return { updates: updates.n, snapshot: snapshot !== undefined };
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('persistence', () => {
  it('keeps accounts, sessions and documents across a restart, compacting without changing content', async () => {
    const dataDir = tempDataDir();
    const first = await startTestServerWithStorage({ dataDir, compactThreshold: 20, unloadDelayMs: 50 });
    const { cookie } = await signupNew(first.url, 'owner');
    const docName = await createSpace(first.url, cookie);
    const writer = open(first.wsUrl, docName, cookie);
    const reader = open(first.wsUrl, docName, cookie);
    await Promise.all([writer.synced, reader.synced]);
    for (let i = 0; i < 120; i++) {
      writer.doc.getMap('cards').set(`card-${i}`, { title: `Visit ${i}` });
      if (i % 3 === 0) writer.doc.getMap('cards').delete(`card-${i - 1}`);
      writer.doc.getText('notes').insert(0, `${i};`);
    }
    await waitFor(() => reader.doc.getMap('cards').has('card-119'), 'the last edit to reach the reader');
    const expected = {
      cards: reader.doc.getMap('cards').toJSON(),
      notes: reader.doc.getText('notes').toString(),
    };
    expect(Object.keys(expected.cards).length).toBeGreaterThan(70);

    // Compaction ran in the background while the edits arrived: the log is short, a snapshot exists.
    let rows = await liveRows(first.storage, docName);
    for (let i = 0; i < 500 && rows.updates > 21; i++) {
      await sleep(20);
      rows = await liveRows(first.storage, docName);
    }
    expect(rows.updates, 'background compaction').toBeLessThanOrEqual(21);
    expect(rows.snapshot).toBe(true);

    for (const client of clients.splice(0)) client.destroy();
    await first.close();
    expect(storedRows(dataDir, docName)).toEqual({ updates: 0, snapshot: true });

    const second = await startTestServer({ dataDir });
    cleanups.push(second.close);
    const me = await api(second.url, '/api/me', { cookie });
    expect(me.status).toBe(200);
    const after = open(second.wsUrl, docName, cookie);
    await after.synced;
    expect(after.doc.getMap('cards').toJSON()).toEqual(expected.cards);
    expect(after.doc.getText('notes').toString()).toBe(expected.notes);
    expect(after.doc.getMap('statuses').size).toBe(3);
  });

  it('unloads an idle document and loads it again with the same content', async () => {
    const server = await startTestServerWithStorage({ unloadDelayMs: 30 });
    cleanups.push(server.close);
    const { cookie } = await signupNew(server.url, 'owner');
    const docName = await createSpace(server.url, cookie);
    const a = open(server.wsUrl, docName, cookie);
    await a.synced;
    a.doc.getMap('cards').set('kept', 'yes');
    const b = open(server.wsUrl, docName, cookie);
    await b.synced;
    await waitFor(() => b.doc.getMap('cards').get('kept') === 'yes', 'the edit to sync');
    a.destroy();
    b.destroy();
    // Unloading compacts: the log of this document empties.
    let updates = await server.storage.countUpdates(docName);
    for (let i = 0; i < 500 && updates > 0; i++) {
      await sleep(20);
      updates = await server.storage.countUpdates(docName);
    }
    expect(updates, 'unload with compaction').toBe(0);
    const c = open(server.wsUrl, docName, cookie);
    await c.synced;
    expect(c.doc.getMap('cards').get('kept')).toBe('yes');
  });

  it('stops cleanly on SIGTERM and keeps everything', async () => {
    const dataDir = tempDataDir();
    const first = await spawnServer({ dataDir });
    cleanups.push(() => first.kill('SIGKILL'));
    const { cookie } = await signupNew(first.url, 'owner');
    const docName = await createSpace(first.url, cookie);
    const a = open(first.wsUrl, docName, cookie);
    await a.synced;
    a.doc.getMap('cards').set('before-stop', 42);
    const b = open(first.wsUrl, docName, cookie);
    await b.synced;
    await waitFor(() => b.doc.getMap('cards').get('before-stop') === 42, 'the edit to sync');
    for (const client of clients.splice(0)) client.destroy();
    first.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(storedRows(dataDir, docName)).toEqual({ updates: 0, snapshot: true });

    const second = await spawnServer({ dataDir });
    cleanups.push(() => second.kill('SIGKILL'));
    const c = open(second.wsUrl, docName, cookie);
    await c.synced;
    expect(c.doc.getMap('cards').get('before-stop')).toBe(42);
  });

  it('loses no relayed update when the server is killed mid-burst', async () => {
    const dataDir = tempDataDir();
    const first = await spawnServer({ dataDir });
    cleanups.push(() => first.kill('SIGKILL'));
    const { cookie } = await signupNew(first.url, 'owner');
    const docName = await createSpace(first.url, cookie);
    const writer = open(first.wsUrl, docName, cookie);
    const observer = open(first.wsUrl, docName, cookie);
    await Promise.all([writer.synced, observer.synced]);

    // What the observer received is what the server relayed, i.e. acknowledged.
    const relayed = new Set<string>();
    observer.doc.getMap('cards').observe((event) => {
      for (const key of event.keysChanged) relayed.add(key);
    });
    let sent = 0;
    let writing = true;
    const burst = (async () => {
      while (writing) {
        writer.doc.getMap('cards').set(`c${sent}`, sent);
        sent += 1;
        await sleep(1);
      }
    })();
    await waitFor(() => relayed.size >= 150, 'part of the burst to be relayed');
    first.kill('SIGKILL');
    await first.exited;
    writing = false;
    await burst;
    const acknowledged = [...relayed];
    // Neither client may push its copy back: the server alone must have kept the data.
    for (const client of clients.splice(0)) client.destroy();
    expect(sent).toBeGreaterThan(acknowledged.length);

    const second = await spawnServer({ dataDir });
    cleanups.push(() => second.kill('SIGKILL'));
    const check = open(second.wsUrl, docName, cookie);
    await check.synced;
    const cards = check.doc.getMap('cards');
    const missing = acknowledged.filter((key) => !cards.has(key));
    expect(missing).toEqual([]);
    expect(check.doc.getMap('statuses').size).toBe(3);
  });
});
