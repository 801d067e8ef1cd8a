/**
 * The bounded set of documents this client has open.
 *
 * Invariants: at most one `Y.Doc` and one websocket per document name; a document stays open while
 * anyone holds a handle, stays warm for `idleMs` after the last release (so moving back and forth between
 * two spaces does not reload them), and at most `maxIdle` warm documents are kept — the least recently
 * released goes first. Closing a document destroys its providers and its `Y.Doc`.
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
  /** Skip y-websocket's cross-tab BroadcastChannel (Node tests: it would sync tabs without a server). */
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
  /** Connection states of every open or warm document, and their summary. */
  connection: ConnectionStore;
  /** Names of open or warm documents. */
  openNames(): string[];
  /** Close every document, held or not, and wait for the local copy to be written. Later acquires throw. */
  destroy(): Promise<void>;
}

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
  close(): void;
}

/** The websocket base for `serverUrl`: `http://h:1/x` → `ws://h:1/sync`. */
export function syncUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  const protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${url.host}/sync`;
}

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

  function open(name: string): Entry {
    const local = options.offline ? options.offline.openDocument(name) : null;
    const doc = local ? local.doc : new Y.Doc();
    const provider = new WebsocketProvider(wsBase, name, doc, {
      connect: false,
      disableBc: options.disableBc ?? false,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });

    let settleSync: { resolve(): void; reject(error: Error): void } | null = null;
    const whenSynced = new Promise<void>((resolve, reject) => (settleSync = { resolve, reject }));
    whenSynced.catch(() => {}); // awaiting callers still see the rejection

    const stopTracking = trackConnection(provider, (state, code) => {
      setDocConnection(connection, name, state, code);
      if (state === 'online') settleSync?.resolve();
      if (state === 'denied') settleSync?.reject(new SyncDeniedError(name, code ?? 0));
    });

    // A local copy that stops being written must not fail silently: edits would vanish on the next
    // offline reload while everything looks fine.
    const stopHearingFailures = local?.onFailure(() => setDocLocalCopy(connection, name, 'failing'));

    const whenLocal = local ? local.whenLoaded : Promise.resolve();
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
      close() {
        if (entry.closed) return;
        entry.closed = true;
        if (entry.idleTimer) clearTimeout(entry.idleTimer);
        stopTracking();
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
      if (!entry.closed) provider.connect();
    };
    whenLocal.then(connect, connect);
    return entry;
  }

  function makeIdle(entry: Entry) {
    // A refused document is not worth keeping warm, and closing it lets a later acquire try again (say,
    // after the user was added to the workspace).
    if (connection.getState().docs[entry.name]?.state === 'denied') {
      entry.close();
      return;
    }
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

  return {
    acquire,
    connection,
    openNames: () => [...entries.keys()],
    async destroy() {
      destroyed = true;
      for (const entry of [...entries.values()]) entry.close();
      await options.offline?.flush();
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
