/**
 * Glue the UI uses to show a document: acquire it from the pool and follow it with the bridge of its
 * kind. The store paints from whatever is there (the local copy first, the server's state as it arrives).
 *
 * A space is different: its board paints first from a board snapshot (`boardSnapshots.ts`) while its
 * document loads, and its bridge publishes nothing until the document is loaded (`bridge/spaceBridge.ts`).
 *
 * Migrations are not run here: the server migrates every document when it loads it, and a client
 * migrating its own copy too could apply a step twice.
 */
import { docName } from '../domain/docNames.ts';
import type { SpaceLoadStore, SpaceState, SpaceStore } from '../state/spaceStore.ts';
import type { FeedStore } from '../state/feedStore.ts';
import type { UserStore } from '../state/userStore.ts';
import type { WorkspaceStore } from '../state/workspaceStore.ts';
import type { BoardSnapshots } from './boardSnapshots.ts';
import { afterQueuedTasks } from './bridge/deferRemote.ts';
import { bridgeSpace } from './bridge/spaceBridge.ts';
import { bridgeFeed } from './bridge/feedBridge.ts';
import { bridgeUser } from './bridge/userBridge.ts';
import { bridgeWorkspace } from './bridge/workspaceBridge.ts';
import type { DocumentHandle, DocumentPool } from './documentPool.ts';
import { keepHistoryEndMarked } from './historyEnd.ts';

/** An acquired document and the store that mirrors it. `close()` stops the bridge and releases the handle. */
export interface OpenDocument<Store> {
  handle: DocumentHandle;
  store: Store;
  close(): void;
}

/** An open space: its store may show a board snapshot until the document is loaded. */
export interface OpenSpace extends OpenDocument<SpaceStore> {
  /** What the store shows: nothing yet, a snapshot, or the document. */
  load: SpaceLoadStore;
  /** Resolves once the store follows the document; writes wait for it (see `spaceActions.ts`). */
  whenLive: Promise<void>;
  /** Keeps the document open, even past `close()`, until the returned function is called. */
  hold(): () => void;
}

export interface OpenSpaceOptions {
  /** Where board snapshots are read and kept; without it the board waits for the document. */
  snapshots?: BoardSnapshots;
  /** When the document counts as loaded; by default see {@link whenDocumentLoaded}. */
  whenLoaded?: Promise<void>;
}

function open<Store, Bridged extends { store: Store; destroy(): void }>(
  pool: DocumentPool,
  name: string,
  bridge: (handle: DocumentHandle) => Bridged,
): OpenDocument<Store> & { bridged: Bridged } {
  const handle = pool.acquire(name);
  const bridged = bridge(handle);
  let closed = false;
  return {
    handle,
    store: bridged.store,
    bridged,
    close() {
      if (closed) return;
      closed = true;
      bridged.destroy();
      handle.release();
    },
  };
}

/** The state each space document was last shown with, for as long as the pool keeps the document. */
const lastShown = new WeakMap<DocumentHandle['doc'], SpaceState>();

/**
 * Resolves once `handle`'s document is loaded: its local copy applied (every slice of it), or, when that
 * held nothing (a first visit on this device, or no local copies), after the first sync with the server.
 * Rejects when the server refuses the document.
 */
export function whenDocumentLoaded(
  handle: Pick<DocumentHandle, 'doc' | 'whenLocal' | 'whenSynced'>,
): Promise<void> {
  const fromServer = () => handle.whenSynced;
  return handle.whenLocal.then(
    () => (handle.doc.store.clients.size > 0 ? undefined : fromServer()),
    fromServer,
  );
}

/**
 * Open `space/<spaceId>`. Throws `RangeError` on a malformed id. Remote changes reach the store together,
 * in a later task, so a burst of another client's transactions renders the board a few times, not once
 * per transaction (see `bridge/deferRemote.ts`). With `options.snapshots` the board paints from the local
 * snapshot, or without one from the server's, until the document is loaded, and the local one is kept.
 * A space reopened while the pool still holds its document paints from the state it was last shown with.
 */
export function openSpace(pool: DocumentPool, spaceId: string, options: OpenSpaceOptions = {}): OpenSpace {
  const name = docName('space', spaceId);
  const { snapshots } = options;
  // Asked before the document is acquired, so that IndexedDB answers it before the document's own rows
  // (megabytes for a busy space): the snapshot is what paints first. A document still warm in the pool
  // paints from its last shown state instead (below).
  const localSnapshot = snapshots && !pool.openNames().includes(name) ? snapshots.readLocal(spaceId) : null;
  const opened = open<SpaceStore, ReturnType<typeof bridgeSpace>>(pool, name, (handle) =>
    bridgeSpace(handle.doc, {
      deferRemote: afterQueuedTasks,
      whenLoaded: options.whenLoaded ?? whenDocumentLoaded(handle),
    }),
  );
  const { bridged } = opened;
  const doc = opened.handle.doc;
  // A document still warm in the pool was shown before: its last state paints at once, and the swap to
  // what it holds now keeps every object of it that is unchanged.
  const shownBefore = lastShown.get(doc);
  if (shownBefore) bridged.showSnapshot(shownBefore);
  const remember = () => {
    if (bridged.load.getState() === 'live') lastShown.set(doc, bridged.store.getState());
  };
  const loading = () => bridged.load.getState() !== 'live';
  if (snapshots && !shownBefore) {
    void (localSnapshot ?? snapshots.readLocal(spaceId))
      .then((local) => local ?? (loading() ? snapshots.fetchRemote(spaceId) : null))
      .then((snapshot) => {
        if (snapshot) bridged.showSnapshot(snapshot);
      });
  }
  const stopKeeping = snapshots?.keep(spaceId, bridged.store, bridged.load);
  const stopMarking = keepHistoryEndMarked(doc, bridged.whenLive);
  return {
    ...opened,
    load: bridged.load,
    whenLive: bridged.whenLive,
    hold() {
      const held = pool.acquire(name);
      return () => held.release();
    },
    close() {
      remember();
      stopKeeping?.();
      stopMarking();
      opened.close();
    },
  };
}

/** Open `workspace/<workspaceId>`. Throws `RangeError` on a malformed id. */
export function openWorkspace(pool: DocumentPool, workspaceId: string): OpenDocument<WorkspaceStore> {
  return open(pool, docName('workspace', workspaceId), (handle) => bridgeWorkspace(handle.doc));
}

/** Open `user/<userId>`. Throws `RangeError` on a malformed id. */
export function openUser(pool: DocumentPool, userId: string): OpenDocument<UserStore> {
  return open(pool, docName('user', userId), (handle) => bridgeUser(handle.doc));
}

/**
 * Open `feed/<userId>`, the read-only summaries of the cards MySpace shows (one socket for every space).
 * Throws `RangeError` on a malformed id.
 */
export function openFeed(pool: DocumentPool, userId: string): OpenDocument<FeedStore> {
  return open(pool, docName('feed', userId), (handle) => bridgeFeed(handle.doc));
}
