/**
 * Board snapshots: each space's store state as last shown, kept in IndexedDB and served cold by the server
 * (`GET /api/spaces/:spaceId/board`). A space that opens paints its board from one at once, while its
 * document loads in slices behind it (see `bridge/spaceBridge.ts`). A snapshot is a picture, never a
 * source: nothing is written from it.
 *
 * Locally a snapshot is a head row (`boards`) naming a generation and its part count, and that
 * generation's parts (`boardParts`, see `boardSnapshotParts.ts`), all deleted with the local copies. One
 * readwrite transaction writes the parts, a slice of about 8 ms per task (the next slice runs in the
 * success callback of the last put, which keeps the transaction alive), then the head, then deletes every
 * other generation's parts: a write cut short (the page gone) commits nothing and leaves the previous
 * snapshot whole, and a reader, whose transaction sees either the state before that one or after it,
 * never mixes generations. A read takes the head, then that generation's parts (in one request for a
 * board of up to 20,000 records: see `PARTS_PER_READ`), and puts them together.
 *
 * A write is done a few seconds after the last change (`delayMs`), in idle time, and at once (every part
 * in one task: nobody is looking) when the tab is hidden or the page goes (`pagehide`; best effort).
 */
import { docName } from '../domain/docNames.ts';
import { isSpaceState, type SpaceLoadStore, type SpaceState, type SpaceStore } from '../state/spaceStore.ts';
import { createRemoteBoards } from './remoteBoards.ts';
import { assembleSnapshot, RECORDS_PER_PART, snapshotParts } from './boardSnapshotParts.ts';
import {
  createOfflineDb,
  type BoardPartRow,
  type BoardRow,
  type OfflineDb,
  type OfflineDbOptions,
} from './offlineDb.ts';

/** Shape of the kept state; bump it when `SpaceState` or the parts change so that older rows are ignored. */
export const BOARD_SNAPSHOT_VERSION = 3;

/** The name of the `performance.measure` entry for each task of a local write (benchmarks read it). */
export const SNAPSHOT_WRITE_MEASURE = 'board snapshot write';

/** The name of the `performance.measure` entry for each part a local read takes in (benchmarks read it). */
export const SNAPSHOT_READ_MEASURE = 'board snapshot read';

export interface BoardSnapshots {
  /** The locally kept snapshot of `space/<spaceId>`, or null (none, of another shape, or unreadable). */
  readLocal(spaceId: string): Promise<SpaceState | null>;
  /** The server's snapshot, or null when it cannot be had (offline, refused, unknown space). */
  fetchRemote(spaceId: string): Promise<SpaceState | null>;
  /**
   * Asks the server for `space/<spaceId>`'s snapshot now if this device keeps none, for the next
   * `fetchRemote` of that space (within `EARLY_FETCH_TTL_MS`, `remoteBoards.ts`) to take. Called at start for the space in the
   * page's address: a first visit's board then downloads while the session is checked and the shell is
   * drawn, not after them. What it fetches is the signed-in cookie's view, like any `fetchRemote`.
   */
  prefetchRemote(spaceId: string): void;
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
  /**
   * Quiet time after a change before the snapshot is written (then in idle time), ms. Default 3,000.
   * Changes that never pause are written at least every `10 × delayMs`.
   */
  delayMs?: number;
  /** Records per stored part; smaller only to give tests several parts. Default `RECORDS_PER_PART`. */
  recordsPerPart?: number;
  /** Parts a read asks for in one request; smaller only for tests. Default `PARTS_PER_READ`. */
  partsPerRead?: number;
  /** `fetch`, for tests; the global one by default. */
  fetch?: typeof globalThis.fetch;
}

const HEADS = 'boards';
const PARTS = 'boardParts';

/** Work of a write per task, ms: well under the 50 ms of a long task. */
const WRITE_SLICE_MS = 8;

/**
 * Parts a read asks for in one request (2,500 records). Each answer is deserialised in a task of its own,
 * a few ms. All requests are made at once, and the read is asked for before the document is acquired
 * (`openSpace`), with the database opened at start, so the answers come before the document's own rows.
 */
const PARTS_PER_READ = 25;

/** Runs `fn` when the page is idle, or soon, and returns a canceller. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}

/** Whether `row` is a head row of this code's shape. */
function isCurrentHead(row: unknown): row is BoardRow {
  if (typeof row !== 'object' || row === null) return false;
  const head = row as Partial<BoardRow>;
  return (
    head.version === BOARD_SNAPSHOT_VERSION &&
    typeof head.generation === 'number' &&
    typeof head.parts === 'number' &&
    head.parts > 0
  );
}

function measure(name: string, started: number): void {
  if (typeof performance.measure === 'function') {
    performance.measure(name, { start: started, end: performance.now() });
  }
}

/** Open (lazily) the snapshot tables of the local database. */
export function createBoardSnapshots(options: BoardSnapshotOptions): BoardSnapshots {
  const db: OfflineDb = createOfflineDb(options);
  // Opened now rather than on the first read: that read is on the way to the first paint of a board.
  // Dexie's `isOpen()` is true already during an upgrade, when IndexedDB refuses other transactions.
  let opened = false;
  const ready = db.open().then(() => {
    opened = true;
  });
  ready.catch(() => {});
  const isReady = () => opened && db.isOpen();
  // A write costs no long task, and a snapshot older than the document costs the next visit a board that
  // changes as the document arrives; so soon after the user stops, not every 30 s as when it was one task.
  const delayMs = options.delayMs ?? 3_000;
  const recordsPerPart = options.recordsPerPart ?? RECORDS_PER_PART;
  const partsPerRead = options.partsPerRead ?? PARTS_PER_READ;
  const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
  const remote = createRemoteBoards(
    options.serverUrl,
    options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  );
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

  /** Every part key of `name` but generation `keep`'s (arrays sort after numbers, so `[]` closes a range). */
  const otherGenerations = (name: string, keep: number): IDBKeyRange[] => [
    keyRange.bound([name], [name, keep], false, true),
    keyRange.bound([name, keep, []], [name, []], true, true),
  ];

  // The write under way per space: an urgent one replaces it rather than waiting behind its later tasks.
  const writing = new Map<string, IDBTransaction>();

  // Generations are write times, made strictly increasing: chosen without reading the head first, so a
  // write on `pagehide` puts every part in the handler's own task.
  let lastGeneration = 0;

  /**
   * Writes `state` as a new generation of `name`, through IndexedDB itself: Dexie starts its transaction a
   * few promise turns later, which a page being hidden never reaches. `urgent` puts every part at once, as
   * a page going away has no later tasks.
   */
  function writeParts(name: string, state: SpaceState, urgent: boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const transaction = db.backendDB().transaction([HEADS, PARTS], 'readwrite');
      writing.set(name, transaction);
      const settled = () => {
        if (writing.get(name) === transaction) writing.delete(name);
      };
      transaction.oncomplete = () => {
        settled();
        resolve();
      };
      transaction.onerror = () => {
        settled();
        reject(transaction.error);
      };
      transaction.onabort = () => {
        settled();
        reject(transaction.error);
      };
      const heads = transaction.objectStore(HEADS);
      const parts = transaction.objectStore(PARTS);
      const generation = (lastGeneration = Math.max(Date.now(), lastGeneration + 1));
      const made = snapshotParts(state, recordsPerPart);
      let index = 0;
      // The dearest put so far, ms: a slice stops before one more of those would take it over its time.
      let dearest = 0;
      // Runs where the transaction takes requests (its own task, then a put's success callback); each put
      // clones its part there.
      const slice = () => {
        const started = performance.now();
        let last: IDBRequest | null = null;
        try {
          for (;;) {
            const next = made.next();
            if (next.done) {
              const head: BoardRow = {
                name,
                version: BOARD_SNAPSHOT_VERSION,
                generation,
                parts: index,
                savedAt: Date.now(),
              };
              heads.put(head);
              for (const range of otherGenerations(name, generation)) parts.delete(range);
              // Nothing more to ask: commit now rather than when this task ends, which a page going
              // away may not reach.
              transaction.commit?.();
              break;
            }
            const row: BoardPartRow = { name, generation, index: index++, part: next.value };
            const before = performance.now();
            const put = parts.put(row);
            const now = performance.now();
            dearest = Math.max(dearest, now - before);
            if (!urgent && now - started + dearest > WRITE_SLICE_MS) {
              last = put;
              break;
            }
          }
        } catch {
          // A part that cannot be cloned: keep the previous snapshot rather than half of this one.
          transaction.abort();
        }
        measure(SNAPSHOT_WRITE_MEASURE, started);
        if (last) last.onsuccess = slice;
      };
      slice();
    });
  }

  function write(name: string, state: SpaceState, urgent: boolean): void {
    let written: Promise<void>;
    if (urgent) {
      try {
        // It has the older state; the page may have no task left for its next slice.
        writing.get(name)?.abort();
      } catch {
        // Already committing: it ends before the urgent write starts.
      }
    }
    try {
      written = isReady()
        ? writeParts(name, state, urgent)
        : ready.then(() => writeParts(name, state, urgent));
    } catch (error) {
      written = Promise.reject(error);
    }
    // A snapshot that cannot be written costs the next visit its fast paint, nothing more.
    const done = written.then(
      () => undefined,
      () => undefined,
    );
    pending.add(done);
    void done.then(() => pending.delete(done));
  }

  /** The current snapshot of `name`: its head, then its parts (`partsPerRead` per request). */
  function readParts(name: string): Promise<SpaceState | null> {
    return new Promise((resolve) => {
      const transaction = db.backendDB().transaction([HEADS, PARTS], 'readonly');
      transaction.onerror = () => resolve(null);
      transaction.onabort = () => resolve(null);
      const request = transaction.objectStore(HEADS).get(name);
      request.onsuccess = () => {
        const head: unknown = request.result;
        if (!isCurrentHead(head)) return resolve(null);
        const parts = transaction.objectStore(PARTS);
        const assembly = assembleSnapshot();
        let left = head.parts;
        let whole = true;
        for (let first = 0; first < head.parts; first += partsPerRead) {
          const last = Math.min(first + partsPerRead, head.parts) - 1;
          const range = keyRange.bound([name, head.generation, first], [name, head.generation, last]);
          const get = parts.getAll(range);
          get.onsuccess = () => {
            const started = performance.now();
            // Reading `result` is what deserialises the parts: one task per request.
            const rows = get.result as BoardPartRow[];
            if (rows.length !== last - first + 1) whole = false;
            for (const row of rows) assembly.add(row.part);
            measure(SNAPSHOT_READ_MEASURE, started);
            left -= last - first + 1;
            if (left > 0) return;
            const state = whole ? assembly.finish() : null;
            resolve(state && isSpaceState(state) ? state : null);
          };
        }
      };
    });
  }

  /** Whether a current snapshot of `name` is kept here; not knowing counts as no (it costs one fetch). */
  async function keepsSnapshot(name: string): Promise<boolean> {
    try {
      if (!isReady()) await ready;
      const head: unknown = await db.boards.get(name);
      return isCurrentHead(head);
    } catch {
      return false;
    }
  }

  return {
    async readLocal(spaceId) {
      try {
        if (!isReady()) await ready;
        return await readParts(docName('space', spaceId));
      } catch {
        return null;
      }
    },
    fetchRemote: (spaceId) => remote.fetch(spaceId),
    prefetchRemote(spaceId) {
      remote.prefetch(spaceId, () => keepsSnapshot(docName('space', spaceId)));
    },
    keep(spaceId, store, load) {
      const name = docName('space', spaceId);
      let dirtySince: number | null = null;
      let timer: ReturnType<typeof setTimeout> | null = null;
      let cancelIdle: (() => void) | null = null;
      const writeNow = (urgent: boolean) => {
        if (timer) clearTimeout(timer);
        cancelIdle?.();
        timer = null;
        cancelIdle = null;
        if (dirtySince === null) return;
        dirtySince = null;
        write(name, store.getState(), urgent);
      };
      const schedule = (wait: number) => {
        const now = Date.now();
        dirtySince ??= now;
        if (cancelIdle) return;
        if (timer) {
          // Changes that never pause still get written now and then.
          if (now - dirtySince >= 10 * delayMs) return;
          clearTimeout(timer);
        }
        timer = setTimeout(() => {
          timer = null;
          cancelIdle = whenIdle(() => {
            cancelIdle = null;
            writeNow(false);
          });
        }, wait);
      };
      // Only the document's state is worth keeping: a snapshot shown is already stored.
      const stopStore = store.subscribe(() => {
        if (load.getState() === 'live') schedule(delayMs);
      });
      // The document just swapped in is what the next visit should paint: written at once, in idle time.
      const stopLoad = load.subscribe((now) => {
        if (now === 'live') schedule(0);
      });
      const urgentWrite = () => writeNow(true);
      writers.add(urgentWrite);
      return () => {
        stopStore();
        stopLoad();
        writers.delete(urgentWrite);
        // Closing a space is on the way to the next one: its last write waits for idle time.
        if (dirtySince !== null) whenIdle(() => writeNow(false));
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
      remote.clear();
      await Promise.all([...pending]);
      db.close();
    },
  };
}
