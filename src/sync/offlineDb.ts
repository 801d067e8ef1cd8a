/**
 * The browser's local copy: one Dexie database holding every document the user has opened (a y-dexie
 * `Y.Doc` property per row, its updates in y-dexie's own table) and the signed-in session, so the app can
 * start and show the last known state while the server is unreachable.
 */
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';

/** One locally kept document. `doc` is y-dexie's: never stored on the row itself. */
export interface LocalDocRow {
  /** Document name, `<kind>/<id>`. */
  name: string;
  /** Last time the pool opened it, epoch ms. */
  openedAt: number;
  readonly doc: Y.Doc;
}

/** The user this browser was last signed in as, and the workspaces they could open then. */
export interface LocalSession<User = LocalUser, Workspace = LocalWorkspace> {
  user: User;
  /**
   * The user's workspaces when last online (their documents list the spaces), so an offline start shows
   * the same tree; null until the list was first loaded.
   */
  workspaces: Workspace[] | null;
  /**
   * The member directory of each workspace when last fetched (user id → name), so cards name people on
   * an offline start too; absent until the first fetch.
   */
  people?: Record<string, Record<string, string>>;
  /** When this was written, epoch ms. */
  savedAt: number;
}

/** The least a session must know about its user; the API's user object may carry more fields. */
export interface LocalUser {
  id: string;
  name: string;
}

/** The least a session keeps of a workspace; the API's workspace object may carry more fields. */
export interface LocalWorkspace {
  id: string;
}

/** Who is signed in (`current`), deleted when the session ends. */
export interface SessionRow extends LocalSession<unknown, unknown> {
  key: 'current';
}

/**
 * Whose documents the local copies are (`owner`). Outlives the session row: a session that expires must
 * not cost the user their unsent offline edits, but another person signing in must not see them.
 */
export interface OwnerRow {
  key: 'owner';
  userId: string;
}

/** A document with edits made here that the server may not have yet (made while not connected). */
export interface UnsentRow {
  /** Document name, `<kind>/<id>`. */
  name: string;
  /** When the first such edit was recorded, epoch ms. */
  since: number;
}

/**
 * A space's board as last shown here (`src/sync/boardSnapshots.ts`): painted on the next visit while the
 * document itself loads. Not the data: the document is; a snapshot is only a picture of it. This head row
 * names the generation whose parts (`BoardPartRow`) make the snapshot; it is written in the same
 * transaction as those parts, after them, so a reader never sees a generation without all its parts.
 */
export interface BoardRow {
  /** Document name, `space/<id>`. */
  name: string;
  /** Shape of the kept state; a row of another shape is ignored (see `BOARD_SNAPSHOT_VERSION`). */
  version: number;
  /** Which write the parts belong to; one more than the one before. */
  generation: number;
  /** How many parts the generation has, indexed from 0. */
  parts: number;
  /** When it was written, epoch ms. */
  savedAt: number;
}

/** One part of a board snapshot (a partial `SpaceState`, see `src/sync/boardSnapshotParts.ts`). */
export interface BoardPartRow {
  /** Document name, `space/<id>`. */
  name: string;
  /** The generation of its head row (`BoardRow`). */
  generation: number;
  index: number;
  /** The part, as structured clone keeps it. */
  part: unknown;
}

export type OfflineDb = Dexie & {
  docs: EntityTable<LocalDocRow, 'name'>;
  unsent: EntityTable<UnsentRow, 'name'>;
  boards: EntityTable<BoardRow, 'name'>;
  boardParts: Table<BoardPartRow, [string, number, number]>;
  session: Table<SessionRow | OwnerRow, 'current' | 'owner'>;
};

export interface OfflineDbOptions {
  /** Database name; one per origin is enough. */
  name?: string;
  /**
   * IndexedDB implementation, for Node tests (`fake-indexeddb`); the browser's by default. Tests load
   * `fake-indexeddb/auto` first all the same: parts of Dexie look for the global one.
   */
  indexedDB?: DexieOptions['indexedDB'];
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
}

export const DEFAULT_OFFLINE_DB_NAME = 'afterboard';

/** Declare (not yet open) the local database. Dexie opens it on first use. */
export function createOfflineDb(options: OfflineDbOptions = {}): OfflineDb {
  const db = new Dexie(options.name ?? DEFAULT_OFFLINE_DB_NAME, {
    // y-dexie declares the update table the local copies are kept in (src/sync/localRows.ts); its own
    // periodic compaction stays off: the compaction worker folds copies into slices instead
    // (src/sync/localFolding.ts), never on the page's thread.
    addons: [yDexie({ gc: false }) as (db: Dexie) => void],
    // Dexie's query cache once served a cleared table's old rows (a document reopened after clear() came
    // back with its deleted content); the local copies' reads are cheap enough uncached.
    cache: 'disabled',
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as OfflineDb;
  db.version(1).stores({
    docs: 'name, openedAt, doc: Y.Doc',
    session: 'key',
  });
  // 2 adds `unsent`: which local copies hold edits still to be sent, so they are sent even if the user
  // never opens those documents again.
  db.version(2).stores({
    docs: 'name, openedAt, doc: Y.Doc',
    session: 'key',
    unsent: 'name',
  });
  // 3 adds `boards`: each space's board snapshot, so a reload paints before its document is decoded.
  db.version(3).stores({
    docs: 'name, openedAt, doc: Y.Doc',
    session: 'key',
    unsent: 'name',
    boards: 'name',
  });
  // 4 keeps each board snapshot in parts (`boardParts`, keyed by name, generation and index), so that no
  // single task clones or reads a whole 5,000-card board; `boards` holds only each snapshot's head row.
  // Rows of version 3's shape are ignored by their snapshot version and replaced by the next write.
  db.version(4).stores({
    docs: 'name, openedAt, doc: Y.Doc',
    session: 'key',
    unsent: 'name',
    boards: 'name',
    boardParts: '[name+generation+index]',
  });
  return db;
}
