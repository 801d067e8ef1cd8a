/**
 * What this device remembers of the signed-in user, so that a start with the server unreachable opens
 * the app on its IndexedDB copy (DESIGN §3, offline starts): the user and their workspace list, kept next
 * to the documents in the offline store.
 *
 * Rules: a user is remembered only once the server confirmed them; a 401 forgets who it was but keeps
 * the local copies (they may hold edits that never reached the server, and the same person signing in
 * again sends them); signing out deletes the copies too (a shared computer); anyone else signing in
 * deletes the previous person's copies before a document opens. Failing storage (private windows, a
 * browser without IndexedDB) never blocks signing in or out: the app then simply needs the server to start.
 */
import { createContext } from 'react';
import { createOfflineStore, type OfflineStore } from '../../sync/index.ts';
import type { User, Workspace } from '../api';

/** The part of the offline store that holds the session. */
export type SessionStore = Pick<
  OfflineStore,
  'saveSession' | 'loadSession' | 'clearSession' | 'claimCopies' | 'clear' | 'savePeople' | 'loadPeople'
>;

export interface RememberedSession {
  user: User;
  /** The workspaces when last listed online; null if they never were. */
  workspaces: Workspace[] | null;
}

export interface LocalIdentity {
  /** The last user the server confirmed, or null. */
  load(): Promise<RememberedSession | null>;
  /** The server confirmed `user` (start, sign-in, sign-up). Resolves once a pool may open their documents. */
  signedIn(user: User): Promise<void>;
  /** The server listed the workspaces of user `userId`. Ignored once they are no longer the remembered user. */
  saveWorkspaces(userId: string, workspaces: Workspace[]): Promise<void>;
  /** The server listed a workspace's members (user id → name): kept for offline starts. */
  savePeople(workspaceId: string, names: Record<string, string>): Promise<void>;
  /** A workspace's member names as last listed online, or null. */
  loadPeople(workspaceId: string): Promise<Record<string, string> | null>;
  /** The server said there is no session (401): forget the user, keep the copies. */
  sessionEnded(): Promise<void>;
  /** The user signed out: forget them and delete their local copies. Close the document pool first. */
  signedOut(): Promise<void>;
}

/** Runs a storage step; a failure is noted for whoever debugs it and the app carries on without it. */
async function tolerate<T>(what: string, step: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    console.warn(`Afterboard: could not ${what} on this device`, error);
    return fallback;
  }
}

export function createLocalIdentity(store: SessionStore): LocalIdentity {
  const load = (): Promise<RememberedSession | null> =>
    tolerate(
      'read the saved session',
      async () => {
        const known = await store.loadSession<User, Workspace>();
        return known && { user: known.user, workspaces: known.workspaces };
      },
      null,
    );
  return {
    load,
    async signedIn(user) {
      await tolerate(
        'keep the session',
        async () => {
          await store.claimCopies(user.id);
          const known = await store.loadSession<User, Workspace>();
          await store.saveSession(user, known?.user.id === user.id ? known.workspaces : null);
        },
        undefined,
      );
    },
    async saveWorkspaces(userId, workspaces) {
      await tolerate(
        'keep the workspace list',
        async () => {
          const known = await store.loadSession<User, Workspace>();
          if (known?.user.id === userId) await store.saveSession(known.user, workspaces);
        },
        undefined,
      );
    },
    async savePeople(workspaceId, names) {
      await tolerate('keep the member names', () => store.savePeople(workspaceId, names), undefined);
    },
    loadPeople: (workspaceId) => tolerate('read the member names', () => store.loadPeople(workspaceId), null),
    async sessionEnded() {
      await tolerate('forget the session', () => store.clearSession(), undefined);
    },
    async signedOut() {
      await tolerate('delete the local copies', () => store.clear(), undefined);
    },
  };
}

let browserIdentity: LocalIdentity | null = null;

/** Remembers nothing: for a browser without IndexedDB (and DOM tests, which have none). */
const FORGETFUL: LocalIdentity = {
  load: async () => null,
  signedIn: async () => {},
  saveWorkspaces: async () => {},
  savePeople: async () => {},
  loadPeople: async () => null,
  sessionEnded: async () => {},
  signedOut: async () => {},
};

/** The page's one identity store, on the browser's offline database (opened on first use). */
export function browserLocalIdentity(): LocalIdentity {
  browserIdentity ??=
    typeof indexedDB === 'undefined' ? FORGETFUL : createLocalIdentity(createOfflineStore());
  return browserIdentity;
}

/** The app's identity store; null where there is none (components rendered alone, in tests). */
export const LocalIdentityContext = createContext<LocalIdentity | null>(null);
