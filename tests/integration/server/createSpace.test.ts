/**
 * Creating a space when listing it in its workspace fails: the space's registration and seeded document
 * are removed only when the listing was certainly not stored, and a failing clean-up does not hide the
 * original error. The API runs over a storage whose workspace writes the tests can make fail.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createApiHandler } from '../../../server/api/router.ts';
import { openSqliteStorage } from '../../../server/storage/sqlite.ts';
import type { Storage } from '../../../server/storage/types.ts';
import { prepareLoadedDoc } from '../../../server/sync/prepareDoc.ts';
import { DocRegistry } from '../../../server/sync/registry.ts';
import type { SyncServer } from '../../../server/sync/syncServer.ts';
import { api, signupNew, tempDataDir } from '../../fixtures/server.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Faults {
  /** Called for each write of the workspace document; may return a replacement result. */
  onWorkspaceWrite?: (write: () => Promise<number>) => Promise<number>;
  deleteSpace?: () => Promise<void>;
  /** Runs when the space's registration is written, just before its listing. */
  onCreateSpace?: () => void;
}

async function setup() {
  const store = openSqliteStorage(tempDataDir());
  const faults: Faults = {};
  /** Ids of the spaces whose document was seeded. */
  const seeded: string[] = [];
  let workspaceName = '';
  const storage: Storage = {
    ...store,
    appendUpdate: (docName, update) => {
      const write = () => store.appendUpdate(docName, update);
      if (docName.startsWith('space/')) seeded.push(docName.slice('space/'.length));
      if (docName === workspaceName && faults.onWorkspaceWrite) return faults.onWorkspaceWrite(write);
      return write();
    },
    deleteSpace: (id) => (faults.deleteSpace ? faults.deleteSpace() : store.deleteSpace(id)),
    createSpace: (space) => {
      faults.onCreateSpace?.();
      return store.createSpace(space);
    },
  };
  const logged: Array<{ message: string; error: unknown }> = [];
  const log = (message: string, error?: unknown) => void logged.push({ message, error });
  const registry = new DocRegistry(storage, {
    unloadDelayMs: 60_000,
    compactThreshold: 500,
    onLoaded: (shared) => prepareLoadedDoc(shared.name, shared.doc),
    log,
  });
  const handler = createApiHandler(
    {
      storage,
      registry,
      sync: {} as SyncServer,
      summaries: { ensureSummarised: async () => {} },
      secureCookies: false,
      log,
    },
    log,
  );
  const server = http.createServer(
    (req, res) => void handler(req, res, new URL(req.url!, 'http://x').pathname),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanups.push(() => store.close());
  cleanups.push(() => registry.closeAll());
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));

  const { cookie } = await signupNew(url, 'creator');
  const ws = await api<{ id: string }>(url, '/api/workspaces', {
    cookie,
    body: { name: 'Service', type: 'private' },
  });
  workspaceName = `workspace/${ws.body.id}`;
  const createSpace = () =>
    api<{ id?: string }>(url, `/api/workspaces/${ws.body.id}/spaces`, { cookie, body: { name: 'Repairs' } });
  return { store, registry, faults, logged, seeded, workspaceName, createSpace };
}

describe('creating a space whose listing fails', () => {
  it('removes the registration and the seeded document when the listing was not stored', async () => {
    const { store, faults, createSpace, logged, seeded } = await setup();
    faults.onWorkspaceWrite = () => Promise.reject(new Error('disk full'));
    const res = await createSpace();
    expect(res.status).toBe(500);
    const id = seeded[0]!;
    expect(id).toBeDefined();
    expect(await store.findSpace(id)).toBeNull();
    expect(await store.countUpdates(`space/${id}`)).toBe(0);
    expect((await store.loadDoc(`space/${id}`)).snapshot).toBeNull();
    const requestFailure = logged.find(({ message }) => message.includes('/spaces failed'));
    expect(String(requestFailure?.error)).toContain('Could not store an update');
  });

  /**
   * Makes a write to the loaded workspace document, made by `change` when the space's registration is
   * written, fail once the listing has been written after it.
   */
  function failWriteBeforeListing(
    { faults, registry, workspaceName }: Awaited<ReturnType<typeof setup>>,
    change: (doc: Y.Doc) => void,
  ): void {
    let failOther: () => void = () => {};
    faults.onCreateSpace = () => {
      faults.onWorkspaceWrite = () =>
        new Promise<number>((_, reject) => (failOther = () => reject(new Error('disk hiccup'))));
      change([...registry.loaded()].find((shared) => shared.name === workspaceName)!.doc);
      faults.onWorkspaceWrite = (write) => {
        const written = write();
        failOther();
        return written;
      };
    };
  }

  it('keeps a space whose listing was stored though another write of the workspace failed', async () => {
    const context = await setup();
    const { store, workspaceName, createSpace } = context;
    // A client's edit, whose failure does not affect the listing written after it.
    failWriteBeforeListing(context, (doc) => {
      const client = new Y.Doc();
      client.getMap('scratch').set('note', 'x');
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(client));
    });
    const res = await createSpace();
    expect(res.status).toBe(201);
    const id = res.body.id!;
    expect(await store.findSpace(id)).not.toBeNull();
    const stored = await store.loadDoc(workspaceName);
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    expect(doc.getMap('spaces').has(id)).toBe(true);
  });

  it('removes a space whose stored listing cannot be loaded because an earlier write was lost', async () => {
    const context = await setup();
    const { store, workspaceName, createSpace, seeded } = context;
    // The server's own edit: the listing, from the same Yjs client, cannot be applied without it.
    failWriteBeforeListing(context, (doc) => doc.getMap('scratch').set('note', 'x'));
    const res = await createSpace();
    expect(res.status).toBe(500);
    const stored = await store.loadDoc(workspaceName);
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    expect(doc.getMap('spaces').size).toBe(0);
    expect(await store.findSpace(seeded[0]!)).toBeNull();
    expect(await store.countUpdates(`space/${seeded[0]!}`)).toBe(0);
  });

  it('reports the original error when the clean-up fails, and logs the clean-up failure', async () => {
    const { faults, createSpace, logged } = await setup();
    faults.onWorkspaceWrite = () => Promise.reject(new Error('disk full'));
    faults.deleteSpace = () => Promise.reject(new Error('database is locked'));
    const res = await createSpace();
    expect(res.status).toBe(500);
    const requestFailure = logged.find(({ message }) => message.includes('/spaces failed'));
    expect(String(requestFailure?.error)).toContain('Could not store an update');
    expect(logged.some(({ error }) => String(error).includes('database is locked'))).toBe(true);
  });
});
