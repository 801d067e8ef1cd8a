/**
 * Half-done creations: a MySpace whose initialisation was lost, and a space whose listing in its
 * workspace failed after the space was registered.
 */
import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { initWorkspaceDoc, userMaps } from '../../../src/domain/index.ts';
import type { ApiContext } from '../../../server/api/context.ts';
import { createSpace } from '../../../server/api/workspaceRoutes.ts';
import { createSession } from '../../../server/auth/sessions.ts';
import { openSqliteStorage } from '../../../server/storage/sqlite.ts';
import type { Storage } from '../../../server/storage/types.ts';
import { prepareLoadedDoc } from '../../../server/sync/prepareDoc.ts';
import { DocRegistry } from '../../../server/sync/registry.ts';
import type { SyncServer } from '../../../server/sync/syncServer.ts';
import { tempDataDir } from '../../fixtures/server.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function setup(): { store: Storage; registry: DocRegistry } {
  const store = openSqliteStorage(tempDataDir());
  const registry = new DocRegistry(store, {
    unloadDelayMs: 1000,
    compactThreshold: 500,
    onLoaded: (shared) => prepareLoadedDoc(shared.name, shared.doc),
  });
  cleanups.push(() => store.close());
  cleanups.push(() => registry.closeAll());
  return { store, registry };
}

describe('repairing half-done creations', () => {
  it('initialises a MySpace document that is loaded empty', async () => {
    const { registry } = setup();
    const meta = await registry.withDoc('user/u42', (doc) => userMaps(doc).meta.toJSON());
    expect(meta).toMatchObject({ id: 'u42', schemaVersion: 1 });
    expect(await registry.withDoc('user/u42', (doc) => userMaps(doc).sections.size)).toBe(1);
  });

  it('removes a space’s registration when listing it in the workspace fails', async () => {
    const { store, registry } = setup();
    await store.createUser({ id: 'u1', email: 'a@example.test', name: 'A', passwordHash: 'x', createdAt: 0 });
    await store.createWorkspace({ id: 'w1', name: 'W', type: 'private', createdBy: 'u1', createdAt: 0 });
    await registry.withDoc('workspace/w1', (doc) =>
      initWorkspaceDoc(doc, { id: 'w1', name: 'W', type: 'private' }, { actor: 'u1' }),
    );
    const token = await createSession(store, 'u1');

    const registered: string[] = [];
    const recording: Storage = {
      ...store,
      createSpace: (space) => (registered.push(space.id), store.createSpace(space)),
    };
    // The workspace document is used twice: to check the folder, then to list the space. The second fails.
    let workspaceUses = 0;
    const failing = {
      withDoc: (name: string, fn: never) =>
        name === 'workspace/w1' && ++workspaceUses === 2
          ? Promise.reject(new Error('disk full'))
          : registry.withDoc(name, fn),
    } as unknown as DocRegistry;
    const req = Object.assign(Readable.from([Buffer.from(JSON.stringify({ name: 'Repairs' }))]), {
      headers: { 'content-type': 'application/json', cookie: `afterboard_session=${token}` },
    }) as unknown as IncomingMessage;
    const ctx: ApiContext = {
      storage: recording,
      registry: failing,
      sync: {} as SyncServer,
      summaries: { ensureSummarised: async () => {} },
      secureCookies: false,
      log: () => {},
    };

    await expect(createSpace({ req, res: {} as ServerResponse, params: { id: 'w1' }, ctx })).rejects.toThrow(
      'disk full',
    );
    expect(registered).toHaveLength(1);
    expect(await store.findSpace(registered[0]!)).toBeNull();
  });
});
