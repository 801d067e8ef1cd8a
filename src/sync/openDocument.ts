/**
 * Glue the UI uses to show a document: acquire it from the pool and follow it with the bridge of its
 * kind. The store paints from whatever is there (the local copy first, the server's state as it arrives).
 *
 * Migrations are not run here: the server migrates every document when it loads it, and a client
 * migrating its own copy too could apply a step twice.
 */
import { docName } from '../domain/docNames.ts';
import type { SpaceStore } from '../state/spaceStore.ts';
import type { FeedStore } from '../state/feedStore.ts';
import type { UserStore } from '../state/userStore.ts';
import type { WorkspaceStore } from '../state/workspaceStore.ts';
import { afterQueuedTasks } from './bridge/deferRemote.ts';
import { bridgeSpace } from './bridge/spaceBridge.ts';
import { bridgeFeed } from './bridge/feedBridge.ts';
import { bridgeUser } from './bridge/userBridge.ts';
import { bridgeWorkspace } from './bridge/workspaceBridge.ts';
import type { DocumentHandle, DocumentPool } from './documentPool.ts';

/** An acquired document and the store that mirrors it. `close()` stops the bridge and releases the handle. */
export interface OpenDocument<Store> {
  handle: DocumentHandle;
  store: Store;
  close(): void;
}

function open<Store>(
  pool: DocumentPool,
  name: string,
  bridge: (doc: DocumentHandle['doc']) => { store: Store; destroy(): void },
): OpenDocument<Store> {
  const handle = pool.acquire(name);
  const bridged = bridge(handle.doc);
  let closed = false;
  return {
    handle,
    store: bridged.store,
    close() {
      if (closed) return;
      closed = true;
      bridged.destroy();
      handle.release();
    },
  };
}

/**
 * Open `space/<spaceId>`. Throws `RangeError` on a malformed id. Remote changes reach the store together,
 * in a later task, so a burst of another client's transactions renders the board a few times, not once
 * per transaction (see `bridge/deferRemote.ts`).
 */
export function openSpace(pool: DocumentPool, spaceId: string): OpenDocument<SpaceStore> {
  return open(pool, docName('space', spaceId), (doc) => bridgeSpace(doc, { deferRemote: afterQueuedTasks }));
}

/** Open `workspace/<workspaceId>`. Throws `RangeError` on a malformed id. */
export function openWorkspace(pool: DocumentPool, workspaceId: string): OpenDocument<WorkspaceStore> {
  return open(pool, docName('workspace', workspaceId), bridgeWorkspace);
}

/** Open `user/<userId>`. Throws `RangeError` on a malformed id. */
export function openUser(pool: DocumentPool, userId: string): OpenDocument<UserStore> {
  return open(pool, docName('user', userId), bridgeUser);
}

/**
 * Open `feed/<userId>`, the read-only summaries of the cards MySpace shows (one socket for every space).
 * Throws `RangeError` on a malformed id.
 */
export function openFeed(pool: DocumentPool, userId: string): OpenDocument<FeedStore> {
  return open(pool, docName('feed', userId), bridgeFeed);
}
