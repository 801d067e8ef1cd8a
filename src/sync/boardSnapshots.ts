/**
 * Board snapshots: each space's store state as last shown, kept in IndexedDB (the `boards` table, deleted
 * with the local copies) and served cold by the server (`GET /api/spaces/:spaceId/board`). A space that
 * opens paints its board from one at once, while its document loads in slices behind it (see
 * `bridge/spaceBridge.ts`). A snapshot is a picture, never a source: nothing is written from it.
 *
 * Writing one costs a structured clone of the whole state (50–130 ms for a 5,000-card space), so it is
 * never done on a change's own task: at most once per `delayMs`, in idle time, and once more when the
 * space is closed, the tab is hidden or the page goes (`pagehide`; best effort: a navigation may cut that
 * write short), so the next visit paints about what this one last showed.
 */
import { docName } from '../domain/docNames.ts';
import type { SpaceLoadStore, SpaceState, SpaceStore } from '../state/spaceStore.ts';
import { createOfflineDb, type BoardRow, type OfflineDb, type OfflineDbOptions } from './offlineDb.ts';

/** Shape of the kept state; bump it when `SpaceState` changes so that older rows are ignored. */
export const BOARD_SNAPSHOT_VERSION = 1;

/** The name of the `performance.measure` entry each local write records (benchmarks read it). */
export const SNAPSHOT_WRITE_MEASURE = 'board snapshot write';

export interface BoardSnapshots {
  /** The locally kept snapshot of `space/<spaceId>`, or null (none, of another shape, or unreadable). */
  readLocal(spaceId: string): Promise<SpaceState | null>;
  /** The server's snapshot, or null when it cannot be had (offline, refused, unknown space). */
  fetchRemote(spaceId: string): Promise<SpaceState | null>;
  /**
   * Keep the local snapshot of `space/<spaceId>` following `store` while `load` says it shows the
   * document. @returns a function that stops; what changed since the last write is still written, in
   * idle time.
   */
  keep(spaceId: string, store: SpaceStore, load: SpaceLoadStore): () => void;
  /** Wait for writes under way. */
  flush(): Promise<void>;
  /** Flush, stop listening for the page being hidden, and close the database. */
  close(): Promise<void>;
}

export interface BoardSnapshotOptions extends OfflineDbOptions {
  /** The server's origin (the app's own). */
  serverUrl: string;
  /** Least time between two writes of one space's snapshot, ms. Default 30,000. */
  delayMs?: number;
  /** `fetch`, for tests; the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** The keys every `SpaceState` has; a value missing one of them is not a snapshot this code wrote. */
const STATE_KEYS = [
  'meta',
  'statuses',
  'labels',
  'fields',
  'settings',
  'cards',
  'columns',
  'todos',
  'comments',
  'todoIds',
  'commentIds',
  'relations',
  'badges',
] as const satisfies readonly (keyof SpaceState)[];

/** Whether `value` has the shape of a `SpaceState` (its parts are the bridge's and the server's own). */
export function isSpaceState(value: unknown): value is SpaceState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return (
    STATE_KEYS.every((key) => typeof state[key] === 'object' && state[key] !== null) &&
    typeof state.historyLength === 'number'
  );
}

/** Runs `fn` when the page is idle, or soon, and returns a canceller. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}

/** Open (lazily) the snapshot table of the local database. */
export function createBoardSnapshots(options: BoardSnapshotOptions): BoardSnapshots {
  const db: OfflineDb = createOfflineDb(options);
  // Opened now rather than on the first read: that read is on the way to the first paint of a board.
  db.open().catch(() => {});
  // A write is one task of 50–130 ms for a 5,000-card space (docs/benchmarks.md); a snapshot only has to be
  // close to the document, which replaces it within seconds, and `pagehide` writes the latest anyway.
  const delayMs = options.delayMs ?? 30_000;
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const pending = new Set<Promise<unknown>>();
  // Per space kept: write now if something is unwritten (pagehide).
  const writers = new Set<() => void>();
  const onPageHide = () => writers.forEach((write) => write());
  // A tab hidden (switched away from, minimised) may never be shown again; `pagehide` alone comes too late
  // on a navigation for IndexedDB to finish the write in Chromium.
  const onHidden = () => {
    if (document.visibilityState === 'hidden') onPageHide();
  };
  const hasWindow = typeof window !== 'undefined';
  if (hasWindow) {
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
  }

  /**
   * Puts the row through IndexedDB itself when the database is open: Dexie starts its transaction a few
   * promise turns later, which a page being hidden never reaches, so a `pagehide` write would be lost.
   */
  function put(row: BoardRow): Promise<unknown> {
    if (!db.isOpen()) return db.boards.put(row);
    return new Promise((resolve, reject) => {
      const transaction = db.backendDB().transaction('boards', 'readwrite');
      transaction.objectStore('boards').put(row);
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  }

  function write(name: string, state: SpaceState): void {
    const started = performance.now();
    let written: Promise<unknown>;
    try {
      // The clone happens inside `put`, on this task: that is the cost measured.
      written = put({ name, version: BOARD_SNAPSHOT_VERSION, state, savedAt: Date.now() });
    } catch (error) {
      written = Promise.reject(error);
    }
    if (typeof performance.measure === 'function') {
      performance.measure(SNAPSHOT_WRITE_MEASURE, { start: started, end: performance.now() });
    }
    // A snapshot that cannot be written costs the next visit its fast paint, nothing more.
    const done = written.then(
      () => undefined,
      () => undefined,
    );
    pending.add(done);
    void done.then(() => pending.delete(done));
  }

  return {
    async readLocal(spaceId) {
      try {
        const row = await db.boards.get(docName('space', spaceId));
        return row && row.version === BOARD_SNAPSHOT_VERSION && isSpaceState(row.state) ? row.state : null;
      } catch {
        return null;
      }
    },
    async fetchRemote(spaceId) {
      try {
        const url = new URL(`/api/spaces/${encodeURIComponent(spaceId)}/board`, options.serverUrl);
        const response = await fetchFn(url, { credentials: 'same-origin' });
        if (!response.ok) return null;
        const body: unknown = await response.json();
        return isSpaceState(body) ? body : null;
      } catch {
        return null;
      }
    },
    keep(spaceId, store, load) {
      const name = docName('space', spaceId);
      let dirty = false;
      let timer: ReturnType<typeof setTimeout> | null = null;
      let cancelIdle: (() => void) | null = null;
      let lastWrite = -Infinity;
      const writeNow = () => {
        if (timer) clearTimeout(timer);
        cancelIdle?.();
        timer = null;
        cancelIdle = null;
        if (!dirty) return;
        dirty = false;
        lastWrite = Date.now();
        write(name, store.getState());
      };
      const schedule = () => {
        dirty = true;
        if (timer || cancelIdle) return;
        const wait = Math.max(0, lastWrite + delayMs - Date.now());
        timer = setTimeout(() => {
          timer = null;
          cancelIdle = whenIdle(() => {
            cancelIdle = null;
            writeNow();
          });
        }, wait);
      };
      // Only the document's state is worth keeping: a snapshot shown is already stored.
      const stopStore = store.subscribe(() => {
        if (load.getState() === 'live') schedule();
      });
      const stopLoad = load.subscribe((now) => {
        if (now === 'live') schedule();
      });
      writers.add(writeNow);
      return () => {
        stopStore();
        stopLoad();
        writers.delete(writeNow);
        // Closing a space is on the way to the next one: its last write waits for idle time.
        if (dirty) whenIdle(writeNow);
      };
    },
    async flush() {
      await Promise.all([...pending]);
    },
    async close() {
      if (hasWindow) {
        window.removeEventListener('pagehide', onPageHide);
        document.removeEventListener('visibilitychange', onHidden);
      }
      await Promise.all([...pending]);
      db.close();
    },
  };
}
