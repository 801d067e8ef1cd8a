// What the device remembers of the signed-in user: written when the server confirms them, read when the
// server cannot be reached, and forgotten on a 401 (copies kept) or a sign-out (copies deleted).
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOfflineStore, type OfflineStore } from '../../../../src/sync/index.ts';
import type { User, Workspace } from '../../../../src/ui/api';
import { createLocalIdentity, type SessionStore } from '../../../../src/ui/auth/localIdentity';

const ada: User = { id: 'u1', email: 'ada@example.com', name: 'Ada' };
const bo: User = { id: 'u2', email: 'bo@example.com', name: 'Bo' };
const depot: Workspace = { id: 'w1', name: 'Depot', type: 'private', role: 'owner' };

const stores: OfflineStore[] = [];
function freshStore(): OfflineStore {
  const store = createOfflineStore({ indexedDB: new IDBFactory(), IDBKeyRange });
  stores.push(store);
  return store;
}

/** Leaves an edit in the local copy of `docName`, as the pool would. */
async function editLocally(store: OfflineStore, docName: string): Promise<void> {
  const local = store.openDocument(docName);
  await local.whenLoaded;
  local.doc.getMap('meta').set('edited', true);
  local.release();
  await store.flush();
}

const localNames = async (store: OfflineStore) => (await store.listDocuments()).map((doc) => doc.name);

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

describe('local identity', () => {
  it('remembers the user the server confirmed, with the workspaces it listed for them', async () => {
    const identity = createLocalIdentity(freshStore());
    expect(await identity.load()).toBeNull();

    await identity.signedIn(ada);
    expect(await identity.load()).toEqual({ user: ada, workspaces: null });
    await identity.saveWorkspaces(ada.id, [depot]);
    expect(await identity.load()).toEqual({ user: ada, workspaces: [depot] });

    // Confirmed again at the next start: the list stays until the server lists it anew.
    await identity.signedIn({ ...ada, name: 'Ada L.' });
    expect(await identity.load()).toEqual({ user: { ...ada, name: 'Ada L.' }, workspaces: [depot] });
  });

  it('ignores a list that arrives for someone who is no longer the remembered user', async () => {
    const identity = createLocalIdentity(freshStore());
    await identity.saveWorkspaces(ada.id, [depot]);
    expect(await identity.load()).toBeNull();
    await identity.signedIn(bo);
    await identity.saveWorkspaces(ada.id, [depot]);
    expect(await identity.load()).toEqual({ user: bo, workspaces: null });
  });

  it('forgets the user when the session ended but keeps their unsent edits for their next sign-in', async () => {
    const store = freshStore();
    const identity = createLocalIdentity(store);
    await identity.signedIn(ada);
    await identity.saveWorkspaces(ada.id, [depot]);
    await editLocally(store, 'space/s1');

    await identity.sessionEnded();
    expect(await identity.load()).toBeNull();
    expect(await localNames(store)).toEqual(['space/s1']);

    await identity.signedIn(ada);
    expect(await localNames(store)).toEqual(['space/s1']);
    expect(await identity.load()).toEqual({ user: ada, workspaces: null });
  });

  it("deletes the previous person's copies before someone else's documents open", async () => {
    const store = freshStore();
    const identity = createLocalIdentity(store);
    await identity.signedIn(ada);
    await editLocally(store, 'space/s1');
    await identity.sessionEnded();

    await identity.signedIn(bo);
    expect(await localNames(store)).toEqual([]);
    expect(await identity.load()).toEqual({ user: bo, workspaces: null });
  });

  it('forgets the user and deletes their local copies on sign-out', async () => {
    const store = freshStore();
    const identity = createLocalIdentity(store);
    await identity.signedIn(ada);
    await identity.saveWorkspaces(ada.id, [depot]);
    await editLocally(store, 'space/s1');

    await identity.signedOut();
    expect(await identity.load()).toBeNull();
    expect(await localNames(store)).toEqual([]);
  });

  it("keeps the workspaces' member names for an offline start, and forgets them with the session", async () => {
    const store = freshStore();
    const identity = createLocalIdentity(store);
    // Without a signed-in user there is nobody to keep names for.
    await identity.savePeople(depot.id, { u2: 'Bo' });
    expect(await identity.loadPeople(depot.id)).toBeNull();

    await identity.signedIn(ada);
    await identity.savePeople(depot.id, { u1: 'Ada', u2: 'Bo' });
    await identity.saveWorkspaces(ada.id, [depot]);
    await identity.signedIn(ada);
    expect(await identity.loadPeople(depot.id)).toEqual({ u1: 'Ada', u2: 'Bo' });
    expect(await identity.loadPeople('elsewhere')).toBeNull();

    // Someone else signing in on this browser never sees Ada's directory.
    await identity.signedIn(bo);
    expect(await identity.loadPeople(depot.id)).toBeNull();
    await identity.savePeople(depot.id, { u2: 'Bo' });
    await identity.sessionEnded();
    expect(await identity.loadPeople(depot.id)).toBeNull();
  });

  it('never fails the app when the browser refuses storage', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refuse = () => Promise.reject(new Error('QuotaExceededError'));
    const broken: SessionStore = {
      saveSession: refuse,
      loadSession: refuse,
      clearSession: refuse,
      claimCopies: refuse,
      clear: refuse,
      savePeople: refuse,
      loadPeople: refuse,
    };
    const identity = createLocalIdentity(broken);

    await expect(identity.signedIn(ada)).resolves.toBeUndefined();
    await expect(identity.saveWorkspaces(ada.id, [depot])).resolves.toBeUndefined();
    await expect(identity.load()).resolves.toBeNull();
    await expect(identity.savePeople(depot.id, { u2: 'Bo' })).resolves.toBeUndefined();
    await expect(identity.loadPeople(depot.id)).resolves.toBeNull();
    await expect(identity.sessionEnded()).resolves.toBeUndefined();
    await expect(identity.signedOut()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
  });
});
