/**
 * Local persistence of documents and of the signed-in session (DESIGN §3: offline reloads and offline
 * starts). Every update a document receives — local edits and the server's alike — is appended to
 * IndexedDB as a row of y-dexie's update table (src/sync/localRows.ts), so the local copy is what the user
 * last saw. Opening a copy applies its rows a few per task (src/sync/applyInTasks.ts): the compaction
 * worker keeps big copies as slices (src/sync/localFolding.ts), so a busy space loads without freezing the
 * page.
 */
import * as Y from 'yjs';
import { applyInTasks } from './applyInTasks.ts';
import { addUpdateRow, lastId, updatesOf, updateTableOf, type UpdateRow } from './localRows.ts';
import { createTabRows } from './tabRows.ts';
import {
  createOfflineDb,
  type LocalDocRow,
  type LocalSession,
  type LocalUser,
  type LocalWorkspace,
  type OfflineDbOptions,
  type SessionRow,
} from './offlineDb.ts';

/** A document bound to its local copy. */
export interface LocalDocument {
  doc: Y.Doc;
  /** Resolves once the stored updates are applied; rejects if IndexedDB fails or the copy was released. */
  whenLoaded: Promise<void>;
  /**
   * Hear about failures to read or write the local copy (storage quota exceeded, storage evicted, the
   * database closed under us): edits keep working in memory but will not survive a reload. A listener
   * added after a failure hears about it at once.
   * @returns a function that removes the listener.
   */
  onFailure(listener: (error: unknown) => void): () => void;
  /** Whether a transaction origin is this copy loading stored updates into `doc` (so not a new edit). */
  isLoadOrigin(origin: unknown): boolean;
  /**
   * Keep the updates of `origin` in memory until `until` settles, then store them in one transaction (or,
   * if it rejects, not at all). For a first download: the server sends a big document in many updates, and
   * a page closed halfway would otherwise leave a copy holding part of the board, shown offline as if it
   * were all of it. Edits of any other origin are stored at once as always.
   */
  holdUntil(origin: unknown, until: Promise<unknown>): void;
  /**
   * Stop persisting and destroy the `Y.Doc`. Idempotent. Edits made before the local copy finished
   * loading are still written; `flush()` waits for them.
   */
  release(): void;
}

export interface LocalDocInfo {
  name: string;
  /** Epoch ms. */
  openedAt: number;
}

export interface OfflineStore {
  /** Open the local copy of one document. Open each name once at a time (the pool does). */
  openDocument(docName: string): LocalDocument;
  /** Documents with a local copy, most recently opened first. */
  listDocuments(): Promise<LocalDocInfo[]>;
  saveSession<User extends LocalUser, Workspace extends LocalWorkspace>(
    user: User,
    workspaces: Workspace[] | null,
  ): Promise<void>;
  /** The saved session, or null when there is none (or it is not one this code wrote). */
  loadSession<
    User extends LocalUser = LocalUser,
    Workspace extends LocalWorkspace = LocalWorkspace,
  >(): Promise<LocalSession<User, Workspace> | null>;
  /** Keep a workspace's member names (user id → name) with the session; ignored without a session. */
  savePeople(workspaceId: string, names: Record<string, string>): Promise<void>;
  /** A workspace's member names as last kept, or null. */
  loadPeople(workspaceId: string): Promise<Record<string, string> | null>;
  /** Forget who is signed in; the local copies and their owner stay. */
  clearSession(): Promise<void>;
  /**
   * Make the local copies `userId`'s: if they belong to someone else, delete them (and that person's
   * session) first, in one transaction. Call before a pool opens any document for `userId`.
   * @returns whether another user's copies were deleted.
   */
  claimCopies(userId: string): Promise<boolean>;
  /**
   * Record whether the document holds edits made here that the server may not have yet; kept across
   * reloads so the document pool can send them even if the user never opens it again.
   */
  setUnsent(docName: string, unsent: boolean): Promise<void>;
  /** Documents recorded as holding unsent edits. */
  listUnsent(): Promise<string[]>;
  /** Wait until every update handed to IndexedDB so far is committed. */
  flush(): Promise<void>;
  /** Delete every local document, its unsent mark and the session (sign-out on a shared computer). */
  clear(): Promise<void>;
  /** Flush, then close the database. */
  close(): Promise<void>;
}

const DOCS_TABLE = 'docs';

function isLocalUser(value: unknown): value is LocalUser {
  const user = value as Partial<LocalUser> | null;
  return typeof user?.id === 'string' && typeof user.name === 'string';
}

/** Open (lazily) the local database and wrap it as an {@link OfflineStore}. */
export function createOfflineStore(options: OfflineDbOptions = {}): OfflineStore {
  const db = createOfflineDb(options);
  const updatesTable = (): string => updateTableOf(db).name;
  // Everything stored for the signed-in user, which signing out or another user's sign-in removes.
  const allTables = () => [DOCS_TABLE, updatesTable(), 'session', 'unsent', 'boards', 'boardParts'];
  /** Empties every table of `allTables()`; call inside a transaction over them. */
  const clearAll = async () => {
    for (const name of allTables()) await db.table(name).clear();
  };
  const tabs = createTabRows(db.name);

  // Writes started here, which `flush()` must wait for.
  const pending = new Set<Promise<unknown>>();
  function track<T>(write: Promise<T>): Promise<T> {
    pending.add(write);
    const done = () => pending.delete(write);
    write.then(done, done);
    return write;
  }

  function openDocument(docName: string): LocalDocument {
    const doc = new Y.Doc();
    // Stored updates (this device's and other tabs') are applied with this origin, so they are not stored again.
    const loadOrigin = { localCopyOf: docName };
    const table = updateTableOf(db);
    let released = false;
    let failure: { error: unknown } | null = null;
    const failureListeners = new Set<(error: unknown) => void>();
    const fail = (error: unknown) => {
      failure ??= { error };
      for (const listener of failureListeners) listener(error);
    };

    // Every update made here or received from the server is appended, from the first one on: rows need no
    // document row, and IndexedDB runs the adds in the order they are made. Other tabs are told of each.
    let held: { origin: unknown; updates: Uint8Array[] } | null = null;
    const store = (update: Uint8Array, origin: unknown) => {
      if (origin === loadOrigin) return;
      if (held && origin === held.origin) {
        held.updates.push(update);
        return;
      }
      track(addUpdateRow(db, table, { k: docName, u: update, f: 1 })).then(
        (id) => tabs.announce(docName, id),
        (error: unknown) => fail(error),
      );
    };
    doc.on('updateV2', store);

    // Rows other tabs add: heard from the start, read and applied once the copy itself is loaded.
    let loadedUpTo: number | null = null;
    const heard: number[] = [];
    let applying = Promise.resolve();
    const applyHeard = () => {
      if (loadedUpTo === null || heard.length === 0) return;
      const ids = heard.splice(0).filter((id) => id > loadedUpTo!);
      applying = applying
        .then(async () => {
          if (released || ids.length === 0) return;
          // Only this document's rows: an id heard may be another database's (tests run several at once).
          const rows = (await table.bulkGet(ids)).filter((row) => row?.k === docName) as UpdateRow[];
          await applyInTasks(doc, updatesOf(rows), loadOrigin, { stopped: () => released });
        })
        // Another tab's edit not applied here reaches this copy on its next load, and through the server.
        .catch(() => undefined);
    };
    const stopHearing = tabs.follow(docName, (id) => {
      heard.push(id);
      applyHeard();
    });

    const whenLoaded = track(
      (async () => {
        try {
          await db.docs.put({ name: docName, openedAt: Date.now() } as LocalDocRow);
          if (released) throw new Error(`local copy of ${docName} was released before it loaded`);
          const rows = await table.where('k').equals(docName).toArray();
          rows.sort((a, b) => a.i - b.i);
          await applyInTasks(doc, updatesOf(rows), loadOrigin, { stopped: () => released });
          if (released) throw new Error(`local copy of ${docName} was released before it loaded`);
          loadedUpTo = lastId(rows);
          applyHeard();
        } catch (error) {
          // A copy that cannot be read or written stops collecting updates: they would pile up in memory.
          doc.off('updateV2', store);
          stopHearing();
          throw error;
        }
      })(),
    );
    // Callers that do not wait must not see an unhandled rejection; awaiting callers still get it. Once
    // released nobody shows the failure any more, and a release itself is not one.
    whenLoaded.catch((error: unknown) => {
      if (!released) fail(error);
    });

    return {
      doc,
      whenLoaded,
      isLoadOrigin: (origin) => origin === loadOrigin,
      holdUntil(origin, until) {
        if (held) return;
        const hold = { origin, updates: [] as Uint8Array[] };
        held = hold;
        const settle = (keep: boolean) => {
          if (held === hold) held = null;
          if (!keep || released || hold.updates.length === 0) return;
          const rows = hold.updates.map((u) => ({ k: docName, u, f: 1 }));
          // One row per request, each issued when the last is stored: IndexedDB copies a row when it is
          // added, and a busy space's whole download (12 MB) copied in one go was a long task. Still one
          // transaction: a page closed halfway stores none of it.
          const addAll = async () => {
            const ids: number[] = [];
            for (const row of rows) ids.push(await table.add(row));
            return ids;
          };
          track(db.transaction('rw', table, addAll)).then(
            (ids) => ids.forEach((id) => tabs.announce(docName, id)),
            (error: unknown) => fail(error),
          );
        };
        until.then(
          () => settle(true),
          () => settle(false),
        );
      },
      onFailure(listener) {
        failureListeners.add(listener);
        if (failure) listener(failure.error);
        return () => failureListeners.delete(listener);
      },
      release() {
        if (released) return;
        released = true;
        failureListeners.clear();
        stopHearing();
        // Updates of the last edits are already handed to IndexedDB (`flush()` waits for them).
        doc.off('updateV2', store);
        doc.destroy();
      },
    };
  }

  async function listDocuments(): Promise<LocalDocInfo[]> {
    const rows = await db.docs.orderBy('openedAt').reverse().toArray();
    return rows.map(({ name, openedAt }) => ({ name, openedAt }));
  }

  async function flush(): Promise<void> {
    await Promise.allSettled([...pending]);
    // IndexedDB starts a read transaction only after earlier write transactions on the same stores end.
    if (!db.isOpen()) return;
    await db.transaction('r', [DOCS_TABLE, updatesTable(), 'session', 'unsent'], () => {});
  }

  return {
    openDocument,
    listDocuments,
    async saveSession(user, workspaces) {
      await db.transaction('rw', 'session', async () => {
        const known = await db.session.get('current');
        // The names of the same user's workspaces stay; another user's never carry over.
        const people = known?.key === 'current' && sameUser(known.user, user) ? known.people : undefined;
        const row: SessionRow = {
          key: 'current',
          user,
          workspaces: workspaces && [...workspaces],
          ...(people ? { people } : {}),
          savedAt: Date.now(),
        };
        await db.session.put(row);
      });
    },
    async savePeople(workspaceId, names) {
      await db.transaction('rw', 'session', async () => {
        const row = await db.session.get('current');
        if (!row || row.key !== 'current') return;
        await db.session.put({ ...row, people: { ...row.people, [workspaceId]: { ...names } } });
      });
    },
    async loadPeople(workspaceId) {
      const row = await db.session.get('current');
      if (!row || row.key !== 'current') return null;
      const names = row.people?.[workspaceId];
      return names && typeof names === 'object' ? names : null;
    },
    async loadSession<
      User extends LocalUser = LocalUser,
      Workspace extends LocalWorkspace = LocalWorkspace,
    >() {
      const row = await db.session.get('current');
      if (!row || row.key !== 'current' || !isLocalUser(row.user)) return null;
      const workspaces = Array.isArray(row.workspaces) ? (row.workspaces as Workspace[]) : null;
      return { user: row.user as User, workspaces, savedAt: row.savedAt };
    },
    async clearSession() {
      await db.session.delete('current');
    },
    async claimCopies(userId) {
      return db.transaction('rw', allTables(), async () => {
        const owner = await db.session.get('owner');
        // Copies with no recorded owner predate this record; whose they are is unknown, so they go too.
        if (owner?.key === 'owner' && owner.userId === userId) return false;
        const deleted = (await db.docs.count()) + (await db.unsent.count()) > 0;
        await clearAll();
        await db.session.put({ key: 'owner', userId });
        return deleted;
      });
    },
    async setUnsent(docName, unsent) {
      // Tracked: a mark written just before the page closes must not be lost to an unfinished flush.
      if (unsent) await track(db.unsent.put({ name: docName, since: Date.now() }));
      else await track(db.unsent.delete(docName));
    },
    async listUnsent() {
      return (await db.unsent.toCollection().primaryKeys()) as string[];
    },
    flush,
    async clear() {
      await db.transaction('rw', allTables(), clearAll);
    },
    async close() {
      await flush();
      tabs.close();
      db.close();
    },
  };
}

function sameUser(a: unknown, b: LocalUser): boolean {
  return isLocalUser(a) && a.id === b.id;
}
