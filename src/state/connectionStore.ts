/**
 * Connection state of every open document, and the one summary the app header shows.
 *
 * The document pool writes here; React reads with `useStore(connectionStore, selector)`. A document the
 * server refused (close codes 4400–4499) is `denied`, which is final and says nothing about the network,
 * so it does not count towards the summary.
 *
 * Separately from the network, each document says whether its copy on this device is being written
 * (`localCopy`): when IndexedDB refuses writes (quota, eviction) edits still work and still reach the server
 * when online, but would be lost on a reload while offline, and the header must say so.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** Where one document's websocket stands. */
export type DocConnectionState = 'offline' | 'connecting' | 'syncing' | 'online' | 'denied';

/** Whether a document's edits are being written to this device's IndexedDB. */
export type LocalCopyState = 'ok' | 'failing';

/** What the header shows for all open documents together. */
export type AggregateConnectionState = 'offline' | 'connecting' | 'syncing' | 'online';

export interface DocConnection {
  state: DocConnectionState;
  /** The server's close code when `state` is `denied` (4400, 4401, 4403 or 4413), else null. */
  code: number | null;
  /** When the state last changed, epoch ms. */
  since: number;
  /** `failing` once writing the local copy failed; stays so until the document is closed. */
  localCopy: LocalCopyState;
}

export interface ConnectionState {
  /** Keyed by document name (`space/<id>`, …); only documents the pool holds open or warm. */
  docs: Record<string, DocConnection>;
  aggregate: AggregateConnectionState;
  /** `failing` while any open document's local copy is (the header: "changes are not being saved on this device"). */
  localCopy: LocalCopyState;
}

export type ConnectionStore = StoreApi<ConnectionState>;

/**
 * Summarise per-document states for the header: offline as soon as any socket is down, syncing while any
 * document is still catching up, online when every reachable document is synced (also when none is open).
 */
export function aggregateConnection(docs: Record<string, DocConnection>): AggregateConnectionState {
  let connecting = false;
  let syncing = false;
  for (const { state } of Object.values(docs)) {
    if (state === 'offline') return 'offline';
    if (state === 'syncing') syncing = true;
    if (state === 'connecting') connecting = true;
  }
  if (syncing) return 'syncing';
  if (connecting) return 'connecting';
  return 'online';
}

/** `failing` when any document's local copy is. */
export function aggregateLocalCopy(docs: Record<string, DocConnection>): LocalCopyState {
  return Object.values(docs).some((doc) => doc.localCopy === 'failing') ? 'failing' : 'ok';
}

function summarise(docs: Record<string, DocConnection>): ConnectionState {
  return { docs, aggregate: aggregateConnection(docs), localCopy: aggregateLocalCopy(docs) };
}

/** A fresh store with no documents. */
export function createConnectionStore(): ConnectionStore {
  return createStore<ConnectionState>(() => summarise({}));
}

/**
 * Record a document's new state. Does nothing when neither state nor code changed, so subscribers only
 * hear about real transitions.
 *
 * @param now - clock for `since`, epoch ms
 */
export function setDocConnection(
  store: ConnectionStore,
  docName: string,
  state: DocConnectionState,
  code: number | null = null,
  now: number = Date.now(),
): void {
  const { docs } = store.getState();
  const prev = docs[docName];
  if (prev && prev.state === state && prev.code === code) return;
  const localCopy = prev?.localCopy ?? 'ok';
  store.setState(summarise({ ...docs, [docName]: { state, code, since: now, localCopy } }));
}

/**
 * Record whether a document's local copy is being written. Does nothing for a document the store does
 * not hold (already closed) or when nothing changed.
 */
export function setDocLocalCopy(store: ConnectionStore, docName: string, localCopy: LocalCopyState): void {
  const { docs } = store.getState();
  const prev = docs[docName];
  if (!prev || prev.localCopy === localCopy) return;
  store.setState(summarise({ ...docs, [docName]: { ...prev, localCopy } }));
}

/** Forget a document the pool has closed. */
export function removeDocConnection(store: ConnectionStore, docName: string): void {
  const { docs } = store.getState();
  if (!(docName in docs)) return;
  const next = { ...docs };
  delete next[docName];
  store.setState(summarise(next));
}
