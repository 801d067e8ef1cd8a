/**
 * The bounded set of documents this client has open.
 *
 * Invariants: at most one `Y.Doc` and one websocket per document name; a document stays open while
 * anyone holds a handle, stays warm for `idleMs` after the last release (so moving back and forth between
 * two spaces does not reload them), and at most `maxIdle` warm documents are kept — the least recently
 * released goes first. Closing a document destroys its providers and its `Y.Doc`.
 *
 * With an offline store, edits made while a document is not connected are recorded as unsent (in
 * IndexedDB, so across reloads): such a document stays open, released or not, until it is back online and
 * the sync has sent them; at creation the pool reopens the documents an earlier visit left unsent. So an
 * edit made offline reaches the server when it is back even if the user never opens that space again.
 */
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import {
  createConnectionStore,
  removeDocConnection,
  setDocConnection,
  setDocLocalCopy,
  type ConnectionStore,
  type DocConnection,
} from '../state/connectionStore.ts';
import { trackConnection } from './connectionTracker.ts';
import { assertDocName } from './docName.ts';
import type { LocalDocument, OfflineStore } from './offlineStore.ts';
import { skipUpdateEncoding, type UpdateEvent } from './updateEncoding.ts';
import { paceSyncMessages } from './pacedSync.ts';

type WebSocketPolyfill = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>['WebSocketPolyfill'];

export interface DocumentPoolOptions {
  /** The server's http(s) origin; the websocket goes to the same host at `/sync/<docName>`. */
  serverUrl: string;
  /** Most released documents kept warm at once. Default 8. */
  maxIdle?: number;
  /** How long a released document stays warm, ms. Default 60 000. */
  idleMs?: number;
  /** WebSocket class for Node (`ws`, or a subclass that adds the session cookie). */
  WebSocketPolyfill?: WebSocketPolyfill;
  /**
   * Skip y-websocket's cross-tab BroadcastChannel (Node tests: it would sync tabs without a server; the
   * app: it posts the whole document on every connect).
   */
  disableBc?: boolean;
  /** Local copies; without it documents start empty and live only as long as they are open. */
  offline?: OfflineStore;
  /** Where connection states go; a new store by default (see {@link DocumentPool.connection}). */
  connectionStore?: ConnectionStore;
}

/** One document's connection state, observable without React. */
export interface ConnectionObservable {
  get(): DocConnection;
  /** @returns unsubscribe */
  subscribe(listener: (connection: DocConnection) => void): () => void;
}

/** A reference to an open document. Call `release()` exactly when done; extra calls are ignored. */
export interface DocumentHandle {
  name: string;
  doc: Y.Doc;
  /** Presence of the people on this document (never stored in the document). */
  awareness: Awareness;
  /** Resolves when the local copy is applied (at once without an offline store); rejects if IndexedDB failed. */
  whenLocal: Promise<void>;
  /** Resolves on the first full sync with the server; rejects if the server refuses or the pool closes the document first. */
  whenSynced: Promise<void>;
  connection: ConnectionObservable;
  release(): void;
}

export interface DocumentPool {
  acquire(docName: string): DocumentHandle;
  /** Names of open documents holding edits that have not been sent to the server yet. */
  unsentNames(): string[];
  /** Connection states of every open or warm document, and their summary. */
  connection: ConnectionStore;
  /** Names of open or warm documents. */
  openNames(): string[];
  /** Close every document, held or not, and wait for the local copy to be written. Later acquires throw. */
  destroy(): Promise<void>;
  /**
   * Hear when the server says the user's access changed (a role in a document's workspace, or, on their
   * own user document, any membership): what the user may do, and where, is to be asked again. The
   * document reconnects by itself.
   * @returns a function that stops listening.
   */
  onAccessChanged(listener: (docName: string) => void): () => void;
}

/** The server's close code for changed access (server/sync/messages.ts, `CLOSE.accessChanged`). */
const ACCESS_CHANGED = 4009;

/** Thrown through `whenSynced` when the server closes the document's socket for good. */
export class SyncDeniedError extends Error {
  constructor(
    readonly docName: string,
    readonly code: number,
  ) {
    super(`server refused ${docName} (close code ${code})`);
    this.name = 'SyncDeniedError';
  }
}

interface Entry {
  name: string;
  doc: Y.Doc;
  local: LocalDocument | null;
  provider: WebsocketProvider;
  refs: number;
  idleTimer: ReturnType<typeof setTimeout> | null;
  whenLocal: Promise<void>;
  whenSynced: Promise<void>;
  closed: boolean;
  /** Holds edits the server may not have; null until known (a mark from an earlier visit may exist). */
  unsent: boolean | null;
  close(): void;
}

/**
 * How long after a local edit a connection that drops may have lost it, ms: y-websocket only notices a
 * silent socket after 30 s without messages, and an edit sent into it meanwhile is gone with it.
 */
const UNSENT_WINDOW_MS = 30_000;

/** Close codes after which the server will never take this document's edits from this user. */
function refusesForGood(code: number | null): boolean {
  // 4401 (signed out) and 4429 (too many connections) may pass once the user signs in again or closes tabs.
  return code !== 4401 && code !== 4429;
}

/** The websocket base for `serverUrl`: `http://h:1/x` → `ws://h:1/sync`. */
export function syncUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  const protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${url.host}/sync`;
}

const SERVER_SKIPS: readonly UpdateEvent[] = ['update'];
const LOAD_SKIPS: readonly UpdateEvent[] = ['update', 'updateV2'];
const NO_SKIPS: readonly UpdateEvent[] = [];

/** Create an empty pool; nothing connects until a document is acquired. */
export function createDocumentPool(options: DocumentPoolOptions): DocumentPool {
  const wsBase = syncUrl(options.serverUrl);
  const maxIdle = options.maxIdle ?? 8;
  const idleMs = options.idleMs ?? 60_000;
  const connection = options.connectionStore ?? createConnectionStore();
  const entries = new Map<string, Entry>();
  // Released documents in release order: the first one is the least recently used.
  const idle = new Map<string, Entry>();
  let destroyed = false;
  const accessListeners = new Set<(docName: string) => void>();

  function open(name: string): Entry {
    const local = options.offline ? options.offline.openDocument(name) : null;
    const doc = local ? local.doc : new Y.Doc();
    const provider = new WebsocketProvider(wsBase, name, doc, {
      connect: false,
      disableBc: options.disableBc ?? false,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });

    // A big download is applied in the page's idle periods (see pacedSync.ts).
    const stopPacing = paceSyncMessages(provider);
    const onClose = (event: { code: number } | null) => {
      if (event?.code === ACCESS_CHANGED) for (const listener of [...accessListeners]) listener(name);
    };
    provider.on('connection-close', onClose);

    let settleSync: { resolve(): void; reject(error: Error): void } | null = null;
    const whenSynced = new Promise<void>((resolve, reject) => (settleSync = { resolve, reject }));
    whenSynced.catch(() => {}); // awaiting callers still see the rejection

    let state: DocConnection['state'] = 'connecting';
    let lastLocalEdit = -Infinity;
    const stopTracking = trackConnection(provider, (next, code) => {
      const was = state;
      state = next;
      setDocConnection(connection, name, next, code);
      if (next === 'online') settleSync?.resolve();
      if (next === 'denied') settleSync?.reject(new SyncDeniedError(name, code ?? 0));
      // Online means the sync ran: the server asked for what it lacked and got it before confirming.
      if (next === 'online') setUnsent(entry, false);
      else if (next === 'denied') {
        if (refusesForGood(code)) setUnsent(entry, false);
        // Nothing to wait for any more; a held document that nobody uses can close.
        else if (entry.refs === 0 && !idle.has(name)) entry.close();
      } else if (was === 'online' && Date.now() - lastLocalEdit < UNSENT_WINDOW_MS) setUnsent(entry, true);
    });

    // Until the local copy is loaded, its load transaction is encoded for nobody; the server's updates
    // need only y-dexie's v2 encoding (see updateEncoding.ts).
    let localLoaded = local === null;
    const stopSkipping = skipUpdateEncoding(doc, (origin) =>
      origin === provider
        ? SERVER_SKIPS
        : !localLoaded && local?.isLoadOrigin(origin)
          ? LOAD_SKIPS
          : NO_SKIPS,
    );

    // Edits made here (not the server's, not the local copy loading): unsent unless the socket is up.
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || local?.isLoadOrigin(origin)) return;
      lastLocalEdit = Date.now();
      if (state !== 'online') setUnsent(entry, true);
    };
    if (local) doc.on('update', onUpdate);

    // A local copy that stops being written must not fail silently: edits would vanish on the next
    // offline reload while everything looks fine.
    const stopHearingFailures = local?.onFailure(() => setDocLocalCopy(connection, name, 'failing'));

    const whenLocal = local ? local.whenLoaded : Promise.resolve();
    // Updates from other tabs' writes, after the load, reach every listener again.
    const loaded = () => (localLoaded = true);
    whenLocal.then(loaded, loaded);
    const entry: Entry = {
      name,
      doc,
      local,
      provider,
      refs: 0,
      idleTimer: null,
      whenLocal,
      whenSynced,
      closed: false,
      unsent: null,
      close() {
        if (entry.closed) return;
        entry.closed = true;
        if (entry.idleTimer) clearTimeout(entry.idleTimer);
        stopTracking();
        stopSkipping();
        stopPacing();
        provider.off('connection-close', onClose);
        doc.off('update', onUpdate);
        stopHearingFailures?.();
        provider.destroy();
        if (local) local.release();
        else doc.destroy();
        settleSync?.reject(new Error(`${name} was closed before it synced`));
        removeDocConnection(connection, name);
        entries.delete(name);
        idle.delete(name);
      },
    };
    // Connect once the local copy is in, so the first sync only exchanges what is really missing.
    // Without a usable local copy the server's state is all the more needed: connect anyway.
    const connect = () => {
      if (entry.closed) return;
      // A first download is stored whole or not at all (see `LocalDocument.holdUntil`).
      if (local && doc.store.clients.size === 0) local.holdUntil(provider, whenSynced);
      provider.connect();
    };
    whenLocal.then(connect, connect);
    return entry;
  }

  /** Record (once per change) whether the document holds unsent edits, and hold or free it accordingly. */
  function setUnsent(entry: Entry, unsent: boolean) {
    if (!options.offline || entry.closed || entry.unsent === unsent) return;
    entry.unsent = unsent;
    // A failed write shows in the header already (the local copy is failing); nothing more to do here.
    options.offline.setUnsent(entry.name, unsent).catch(() => {});
    if (unsent && idle.has(entry.name)) {
      // Held open until sent: out of the warm set, no timer.
      if (entry.idleTimer) clearTimeout(entry.idleTimer);
      entry.idleTimer = null;
      idle.delete(entry.name);
    } else if (!unsent && entry.refs === 0 && !idle.has(entry.name)) {
      makeIdle(entry);
    }
  }

  function makeIdle(entry: Entry) {
    // A refused document is not worth keeping warm, and closing it lets a later acquire try again (say,
    // after the user was added to the workspace).
    if (connection.getState().docs[entry.name]?.state === 'denied') {
      entry.close();
      return;
    }
    // Edits still to send keep it open (setUnsent makes it idle once they are sent).
    if (entry.unsent) return;
    idle.delete(entry.name);
    idle.set(entry.name, entry);
    entry.idleTimer = setTimeout(() => entry.close(), idleMs);
    while (idle.size > maxIdle) {
      const oldest = idle.values().next().value;
      if (!oldest) break;
      oldest.close();
    }
  }

  function acquire(docName: string): DocumentHandle {
    if (destroyed) throw new Error('the document pool was destroyed');
    assertDocName(docName);
    let entry = entries.get(docName);
    if (!entry) {
      entry = open(docName);
      entries.set(docName, entry);
    }
    if (entry.idleTimer) {
      clearTimeout(entry.idleTimer);
      entry.idleTimer = null;
    }
    idle.delete(docName);
    entry.refs += 1;

    const held = entry;
    let released = false;
    return {
      name: docName,
      doc: held.doc,
      awareness: held.provider.awareness,
      whenLocal: held.whenLocal,
      whenSynced: held.whenSynced,
      connection: observeConnection(connection, docName),
      release() {
        if (released || held.closed) return;
        released = true;
        held.refs -= 1;
        if (held.refs === 0) makeIdle(held);
      },
    };
  }

  /** Reopen the documents an earlier visit left with unsent edits, until they are sent. */
  async function resumeUnsent(): Promise<void> {
    if (!options.offline) return;
    const names = await options.offline.listUnsent().catch(() => [] as string[]);
    for (const name of names) {
      if (destroyed || entries.has(name)) continue;
      try {
        assertDocName(name);
      } catch {
        void options.offline.setUnsent(name, false).catch(() => {});
        continue;
      }
      const entry = open(name);
      entries.set(name, entry);
      entry.unsent = true;
    }
  }
  void resumeUnsent();

  return {
    acquire,
    connection,
    unsentNames: () => [...entries.values()].filter((entry) => entry.unsent).map((entry) => entry.name),
    openNames: () => [...entries.keys()],
    async destroy() {
      destroyed = true;
      for (const entry of [...entries.values()]) entry.close();
      await options.offline?.flush();
    },
    onAccessChanged(listener) {
      accessListeners.add(listener);
      return () => {
        accessListeners.delete(listener);
      };
    },
  };
}

const CLOSED: DocConnection = { state: 'offline', code: null, since: 0, localCopy: 'ok' };

function observeConnection(store: ConnectionStore, docName: string): ConnectionObservable {
  const get = () => store.getState().docs[docName] ?? CLOSED;
  return {
    get,
    subscribe(listener) {
      return store.subscribe((state, prev) => {
        const next = state.docs[docName];
        if (next && next !== prev.docs[docName]) listener(next);
      });
    },
  };
}
