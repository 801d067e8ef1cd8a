// The first screen: the server decides who is signed in whenever it answers; only when it cannot be
// reached does the app start as the user this device remembers, on the workspaces it remembers.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOfflineStore, type OfflineStore } from '../../../../src/sync/index.ts';
import type { User, Workspace } from '../../../../src/ui/api';
import { createLocalIdentity, type LocalIdentity } from '../../../../src/ui/auth/localIdentity';
import { startSession } from '../../../../src/ui/auth/startSession';
import { loadWorkspaces } from '../../../../src/ui/shell/loadWorkspaces';
import { apiError, stubApi } from '../stubApi';

const ada: User = { id: 'u1', email: 'ada@example.com', name: 'Ada' };
const depot: Workspace = { id: 'w1', name: 'Depot', type: 'private', role: 'owner' };
const signedOut = apiError(401, 'unauthorized', 'Not signed in.');

/** Every request fails as it does with nothing listening on the server's port. */
function serverDown(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
  );
}

let store: OfflineStore;
let identity: LocalIdentity;

beforeEach(() => {
  vi.unstubAllGlobals();
  store = createOfflineStore({ indexedDB: new IDBFactory(), IDBKeyRange });
  identity = createLocalIdentity(store);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await store.close();
});

/** Ada signed in once while the server was up and saw her workspaces. */
async function adaWasHere(): Promise<void> {
  stubApi({
    'GET /api/me': { status: 200, body: ada },
    'GET /api/workspaces': { status: 200, body: { workspaces: [depot] } },
  });
  expect(await startSession(identity)).toEqual({ name: 'home', user: ada, offline: false });
  expect(await loadWorkspaces(identity, ada.id)).toEqual([depot]);
}

describe('starting the app', () => {
  it('starts as the remembered user, on the remembered workspaces, when the server is down', async () => {
    await adaWasHere();
    serverDown();
    expect(await startSession(identity)).toEqual({ name: 'home', user: ada, offline: true });
    expect(await loadWorkspaces(identity, ada.id)).toEqual([depot]);
  });

  it('treats a proxy saying the server is unavailable like a server that is down', async () => {
    await adaWasHere();
    stubApi({
      'GET /api/me': apiError(503, 'http_503', 'Service unavailable.'),
      'GET /api/workspaces': apiError(502, 'http_502', 'Bad gateway.'),
    });
    expect(await startSession(identity)).toEqual({ name: 'home', user: ada, offline: true });
    expect(await loadWorkspaces(identity, ada.id)).toEqual([depot]);
  });

  it('shows the sign-in screen on a 401 and no longer starts offline as that user', async () => {
    await adaWasHere();
    stubApi({ 'GET /api/me': signedOut });
    expect(await startSession(identity)).toEqual({ name: 'sign-in' });

    serverDown();
    expect(await startSession(identity)).toMatchObject({ name: 'unreachable' });
  });

  it('opens on creating the first account when the instance has none', async () => {
    stubApi({ 'GET /api/me': signedOut, 'GET /api/instance': { status: 200, body: { hasAccounts: false } } });
    expect(await startSession(identity)).toEqual({ name: 'first-run' });
    // Not knowing whether there are accounts keeps the ordinary sign-in.
    stubApi({ 'GET /api/me': signedOut, 'GET /api/instance': apiError(500, 'internal', 'Broken.') });
    expect(await startSession(identity)).toEqual({ name: 'sign-in' });
  });

  it('says the server is unreachable when this device remembers nobody', async () => {
    serverDown();
    expect(await startSession(identity)).toEqual({
      name: 'unreachable',
      message: 'Could not reach the server. Check your connection and try again.',
    });
  });

  it("passes the server's refusal of the workspace list on instead of the remembered one", async () => {
    await adaWasHere();
    stubApi({ 'GET /api/workspaces': signedOut });
    await expect(loadWorkspaces(identity, ada.id)).rejects.toThrow('Not signed in.');
  });

  it('has no list to show offline before the workspaces were ever listed', async () => {
    stubApi({ 'GET /api/me': { status: 200, body: ada } });
    await startSession(identity);
    serverDown();
    await expect(loadWorkspaces(identity, ada.id)).rejects.toThrow(/could not reach the server/i);
    // Nor one that was listed for somebody else.
    await expect(loadWorkspaces(identity, 'u2')).rejects.toThrow(/could not reach the server/i);
  });

  it('opens on the remembered user when the server leaves the request hanging', async () => {
    await adaWasHere();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => {})),
    );
    expect(await startSession(identity, 50)).toEqual({ name: 'home', user: ada, offline: true });
  });

  it('waits for a slow server when this device remembers nobody', async () => {
    const slow = new Response(JSON.stringify(signedOut.body), { status: 401 });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise((resolve) => setTimeout(() => resolve(slow), 150))),
    );
    expect(await startSession(identity, 20)).toEqual({ name: 'sign-in' });
  });
});
