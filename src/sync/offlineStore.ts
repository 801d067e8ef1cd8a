/**
 * Local persistence of documents and of the signed-in session (DESIGN §3: offline reloads and offline
 * starts). Every update a document receives — local edits and the server's alike — is appended to
 * IndexedDB by y-dexie's `DexieYProvider`, so the local copy is what the user last saw.
 */
import { DexieYProvider } from 'y-dexie';
import * as Y from 'yjs';
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
  /** The document; y-dexie owns the instance (it carries y-dexie's metadata). */
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
const DOC_PROP = 'doc';

function isLocalUser(value: unknown): value is LocalUser {
  const user = value as Partial<LocalUser> | null;
  return typeof user?.id === 'string' && typeof user.name === 'string';
}

/** Open (lazily) the local database and wrap it as an {@link OfflineStore}. */
export function createOfflineStore(options: OfflineDbOptions = {}): OfflineStore {
  const db = createOfflineDb(options);
  const updatesTable = (): string => {
    const yProp = db.docs.schema.yProps?.find((p) => p.prop === DOC_PROP);
    if (!yProp) throw new Error('offline database has no document updates table');
    return yProp.updatesTable;
  };

  // Writes started outside y-dexie, which `flush()` must wait for.
  const pending = new Set<Promise<unknown>>();
  function track<T>(write: Promise<T>): Promise<T> {
    pending.add(write);
    const done = () => pending.delete(write);
    write.then(done, done);
    return write;
  }

  /** Append one update the way y-dexie stores its own (`f: 1` marks it as made on this device). */
  async function addUpdate(docName: string, update: Uint8Array): Promise<void> {
    await db.table(updatesTable()).add({ k: docName, u: update, f: 1 });
  }

  function openDocument(docName: string): LocalDocument {
    const doc = DexieYProvider.getOrCreateDocument(db, DOCS_TABLE, DOC_PROP, docName);
    let released = false;
    // Set inside the loading closure; the cast keeps TypeScript from narrowing it to null for good.
    let provider = null as DexieYProvider | null;
    let failure: { error: unknown } | null = null;
    const failureListeners = new Set<(error: unknown) => void>();
    const fail = (error: unknown) => {
      failure ??= { error };
      for (const listener of failureListeners) listener(error);
    };

    // y-dexie only records updates from the moment its provider exists, and the provider needs the row
    // first (it destroys documents whose row is missing). Keep what happens in between and store it after.
    const early: Uint8Array[] = [];
    const keepEarly = (update: Uint8Array) => early.push(update);
    doc.on('updateV2', keepEarly);

    // Tracked so that `flush()` also waits for the early edits, which are written only after the row.
    const saved = track(
      (async () => {
        try {
          // The row carries no `doc`: y-dexie attaches the Y.Doc property itself.
          await db.docs.put({ name: docName, openedAt: Date.now() } as LocalDocRow);
        } finally {
          // Row written or not, stop buffering: otherwise a failed put keeps every later update in memory.
          doc.off('updateV2', keepEarly);
        }
        // No await between detaching the buffer and starting the provider: no update falls in between.
        if (!released) {
          provider = DexieYProvider.load(doc);
          // y-dexie reports failed writes (quota, eviction) and failed reads only through this event.
          provider.on('error', fail);
        }
        // Written even when the document was released meanwhile: these edits exist nowhere else.
        if (early.length > 0) await addUpdate(docName, Y.mergeUpdatesV2(early.splice(0)));
      })(),
    );

    const whenLoaded = (async () => {
      await saved;
      if (released || !provider) throw new Error(`local copy of ${docName} was released before it loaded`);
      await provider.whenLoaded;
    })();
    // Callers that do not wait must not see an unhandled rejection; awaiting callers still get it. Once
    // released nobody shows the failure any more, and a release itself is not one.
    whenLoaded.catch((error: unknown) => {
      if (!released) fail(error);
    });

    return {
      doc,
      whenLoaded,
      isLoadOrigin: (origin) => origin instanceof DexieYProvider,
      onFailure(listener) {
        failureListeners.add(listener);
        if (failure) listener(failure.error);
        return () => failureListeners.delete(listener);
      },
      release() {
        if (released) return;
        released = true;
        failureListeners.clear();
        if (provider) DexieYProvider.release(doc);
        // y-dexie destroys a released document a tick later; do it now so that opening the same name
        // again right away gets a fresh Y.Doc instead of the dying one. Updates still in `early` are
        // written from the buffer by `saved`, which needs no document.
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
      return db.transaction('rw', [DOCS_TABLE, updatesTable(), 'session', 'unsent', 'boards'], async () => {
        const owner = await db.session.get('owner');
        // Copies with no recorded owner predate this record; whose they are is unknown, so they go too.
        if (owner?.key === 'owner' && owner.userId === userId) return false;
        const deleted = (await db.docs.count()) + (await db.unsent.count()) > 0;
        await db.docs.clear();
        await db.table(updatesTable()).clear();
        await db.session.clear();
        await db.unsent.clear();
        await db.boards.clear();
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
      await db.transaction('rw', [DOCS_TABLE, updatesTable(), 'session', 'unsent', 'boards'], async () => {
        await db.docs.clear();
        await db.table(updatesTable()).clear();
        await db.session.clear();
        await db.unsent.clear();
        await db.boards.clear();
      });
    },
    async close() {
      await flush();
      db.close();
    },
  };
}

function sameUser(a: unknown, b: LocalUser): boolean {
  return isLocalUser(a) && a.id === b.id;
}
