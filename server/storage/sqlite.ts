/**
 * SQLite implementation of `Storage` (better-sqlite3). WAL with `synchronous=NORMAL`: a committed write
 * survives a crash of the process (it is in the WAL file the moment the statement returns); only a power
 * loss can roll back the last transactions. Every method runs synchronously and returns a settled promise.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { lockDatabase } from './dataLock.ts';
import { sqliteActivity } from './sqliteActivity.ts';
import { sqliteCardSummaries } from './sqliteCardSummaries.ts';
import { sqliteNotifications } from './sqliteNotifications.ts';
import { migrateSchema } from './sqliteSchema.ts';
import {
  ConflictError,
  type MemberRole,
  type NewUser,
  type SpaceRecord,
  type Storage,
  type StoredDoc,
  type UserRecord,
  type UserWithSecret,
  type WorkspaceRecord,
  type WorkspaceType,
} from './types.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  instance_role: 'owner' | 'user';
  created_at: number;
}

interface WorkspaceRow {
  id: string;
  name: string;
  type: WorkspaceType;
  created_by: string;
  created_at: number;
  archived_at: number | null;
  member_role?: MemberRole | null;
}

const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  name: row.name,
  instanceRole: row.instance_role,
  createdAt: row.created_at,
});

const toWorkspace = (row: WorkspaceRow): WorkspaceRecord => ({
  id: row.id,
  name: row.name,
  type: row.type,
  createdBy: row.created_by,
  createdAt: row.created_at,
  archivedAt: row.archived_at,
});

/** Runs `fn` and wraps its result in a promise, turning a synchronous throw into a rejection. */
function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Opens (creating if needed) `<dataDir>/afterboard.db` and brings its schema up to date. Takes the folder's
 * single-writer lock first (see `dataLock.ts`) and throws at once if another process holds it; `close`
 * releases it.
 */
export function openSqliteStorage(dataDir: string): Storage {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'afterboard.db'));
  let unlock: () => void;
  try {
    unlock = lockDatabase(db, dataDir);
  } catch (error) {
    db.close();
    throw error;
  }
  try {
    return openLocked(db, unlock);
  } catch (error) {
    db.close();
    unlock();
    throw error;
  }
}

function openLocked(db: Database.Database, unlock: () => void): Storage {
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // The lock is this connection's alone, so nothing else makes it wait; kept as a guard all the same.
  db.pragma('busy_timeout = 5000');
  migrateSchema(db);

  const q = {
    countUsers: db.prepare('SELECT COUNT(*) AS n FROM users'),
    insertUser: db.prepare(
      `INSERT INTO users (id, email, name, password_hash, instance_role, created_at)
       VALUES (@id, @email, @name, @passwordHash, @instanceRole, @createdAt)`,
    ),
    userByEmail: db.prepare('SELECT * FROM users WHERE email = ?'),
    userById: db.prepare('SELECT * FROM users WHERE id = ?'),
    insertSession: db.prepare(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ),
    sessionUser: db.prepare(
      `SELECT users.* FROM sessions JOIN users ON users.id = sessions.user_id
       WHERE sessions.token_hash = ? AND sessions.expires_at > ?`,
    ),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    deleteExpired: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    insertWorkspace: db.prepare(
      `INSERT INTO workspaces (id, name, type, created_by, created_at)
       VALUES (@id, @name, @type, @createdBy, @createdAt)`,
    ),
    workspaceById: db.prepare('SELECT * FROM workspaces WHERE id = ?'),
    renameWorkspace: db.prepare('UPDATE workspaces SET name = ? WHERE id = ?'),
    archiveWorkspace: db.prepare('UPDATE workspaces SET archived_at = ? WHERE id = ?'),
    visibleWorkspaces: db.prepare(
      `SELECT w.*, m.role AS member_role FROM workspaces w
       LEFT JOIN memberships m ON m.workspace_id = w.id AND m.user_id = @userId
       WHERE m.user_id IS NOT NULL OR w.type IN ('public', 'org_wide')
       ORDER BY w.created_at, w.id`,
    ),
    membership: db.prepare('SELECT role FROM memberships WHERE workspace_id = ? AND user_id = ?'),
    upsertMembership: db.prepare(
      `INSERT INTO memberships (workspace_id, user_id, role) VALUES (@workspaceId, @userId, @role)
       ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role`,
    ),
    insertMembership: db.prepare(
      `INSERT INTO memberships (workspace_id, user_id, role) VALUES (@workspaceId, @userId, @role)
       ON CONFLICT (workspace_id, user_id) DO NOTHING`,
    ),
    deleteMembership: db.prepare('DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?'),
    countOwners: db.prepare(
      "SELECT COUNT(*) AS n FROM memberships WHERE workspace_id = ? AND role = 'owner'",
    ),
    explicitMembers: db.prepare(
      `SELECT u.*, m.role AS role FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.workspace_id = ? ORDER BY u.name, u.id`,
    ),
    everyoneAsMembers: db.prepare(
      `SELECT u.*, COALESCE(m.role, 'member') AS role FROM users u
       LEFT JOIN memberships m ON m.user_id = u.id AND m.workspace_id = ? ORDER BY u.name, u.id`,
    ),
    insertSpace: db.prepare(
      `INSERT INTO spaces (id, workspace_id, created_by, created_at)
       VALUES (@id, @workspaceId, @createdBy, @createdAt)`,
    ),
    spaceById: db.prepare('SELECT * FROM spaces WHERE id = ?'),
    spaceIdsOf: db
      .prepare('SELECT id FROM spaces WHERE workspace_id IN (SELECT value FROM json_each(?))')
      .pluck(),
    deleteSpace: db.prepare('DELETE FROM spaces WHERE id = ?'),
    deleteSpaceActivity: db.prepare('DELETE FROM activity WHERE space_id = ?'),
    deleteSpaceSummaries: db.prepare('DELETE FROM card_summaries WHERE space_id = ?'),
    deleteSpacePeople: db.prepare('DELETE FROM card_people WHERE space_id = ?'),
    deleteSpaceSummarised: db.prepare('DELETE FROM card_summary_spaces WHERE space_id = ?'),
    deleteSpaceNotifications: db.prepare('DELETE FROM notifications WHERE space_id = ?'),
    deleteSpaceFollows: db.prepare('DELETE FROM follows WHERE space_id = ?'),
    appendUpdate: db.prepare('INSERT INTO doc_updates (doc_name, data, created_at) VALUES (?, ?, ?)'),
    snapshot: db.prepare('SELECT data, up_to_seq FROM doc_snapshots WHERE doc_name = ?'),
    updates: db.prepare('SELECT seq, data FROM doc_updates WHERE doc_name = ? ORDER BY seq'),
    countUpdates: db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE doc_name = ?'),
    upsertSnapshot: db.prepare(
      `INSERT INTO doc_snapshots (doc_name, data, up_to_seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (doc_name) DO UPDATE SET data = excluded.data, up_to_seq = excluded.up_to_seq,
         updated_at = excluded.updated_at`,
    ),
    deleteUpdate: db.prepare('DELETE FROM doc_updates WHERE doc_name = ? AND seq = ?'),
    deleteDocUpdates: db.prepare('DELETE FROM doc_updates WHERE doc_name = ?'),
    deleteSnapshot: db.prepare('DELETE FROM doc_snapshots WHERE doc_name = ?'),
  };

  const createUser = db.transaction((user: NewUser): UserRecord => {
    const { n } = q.countUsers.get() as { n: number };
    const instanceRole = n === 0 ? 'owner' : 'user';
    q.insertUser.run({ ...user, instanceRole });
    return { id: user.id, email: user.email, name: user.name, instanceRole, createdAt: user.createdAt };
  });

  const createWorkspace = db.transaction((ws: WorkspaceRecord) => {
    q.insertWorkspace.run(ws);
    q.upsertMembership.run({ workspaceId: ws.id, userId: ws.createdBy, role: 'owner' });
  });

  const compact = db.transaction(
    (docName: string, snapshot: Uint8Array, upToSeq: number, folded: readonly number[]) => {
      const current = q.snapshot.get(docName) as { up_to_seq: number } | undefined;
      // A snapshot older than the stored one would throw away updates it does not contain.
      if (current && current.up_to_seq > upToSeq) return;
      q.upsertSnapshot.run(docName, snapshot, upToSeq, Date.now());
      // Row by row, not `seq <= upToSeq`: a row the snapshot does not contain must survive it.
      for (const seq of folded) q.deleteUpdate.run(docName, seq);
    },
  );

  const activity = sqliteActivity(db);
  const summaries = sqliteCardSummaries(db);
  const notifications = sqliteNotifications(db);

  const deleteSpace = db.transaction((id: string) => {
    q.deleteSpace.run(id);
    q.deleteSpaceActivity.run(id);
    q.deleteSpaceSummaries.run(id);
    q.deleteSpacePeople.run(id);
    q.deleteSpaceSummarised.run(id);
    q.deleteSpaceNotifications.run(id);
    q.deleteSpaceFollows.run(id);
  });

  const deleteDoc = db.transaction((docName: string) => {
    q.deleteDocUpdates.run(docName);
    q.deleteSnapshot.run(docName);
  });

  return {
    createUser: (user) =>
      settle(() => {
        try {
          return createUser(user);
        } catch (error) {
          if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
            throw new ConflictError('An account with this email already exists.');
          }
          throw error;
        }
      }),
    findUserByEmail: (email) =>
      settle(() => {
        const row = q.userByEmail.get(email) as UserRow | undefined;
        return row ? ({ ...toUser(row), passwordHash: row.password_hash } satisfies UserWithSecret) : null;
      }),
    hasUsers: () => settle(() => (q.countUsers.get() as { n: number }).n > 0),
    findUserById: (id) =>
      settle(() => {
        const row = q.userById.get(id) as UserRow | undefined;
        return row ? toUser(row) : null;
      }),
    createSession: (tokenHash, userId, expiresAt) =>
      settle(() => void q.insertSession.run(tokenHash, userId, Date.now(), expiresAt)),
    findSessionUser: (tokenHash, now) =>
      settle(() => {
        const row = q.sessionUser.get(tokenHash, now) as UserRow | undefined;
        return row ? toUser(row) : null;
      }),
    deleteSession: (tokenHash) => settle(() => void q.deleteSession.run(tokenHash)),
    deleteExpiredSessions: (now) => settle(() => q.deleteExpired.run(now).changes),
    createWorkspace: (ws) => settle(() => createWorkspace(ws)),
    findWorkspace: (id) =>
      settle(() => {
        const row = q.workspaceById.get(id) as WorkspaceRow | undefined;
        return row ? toWorkspace(row) : null;
      }),
    updateWorkspace: (id, { name, archivedAt }) =>
      settle(() =>
        db.transaction(() => {
          if (name !== undefined) q.renameWorkspace.run(name, id);
          if (archivedAt !== undefined) q.archiveWorkspace.run(archivedAt, id);
        })(),
      ),
    listVisibleWorkspaces: (userId) =>
      settle(() =>
        (q.visibleWorkspaces.all({ userId }) as WorkspaceRow[]).map((row) => ({
          ...toWorkspace(row),
          memberRole: row.member_role ?? null,
        })),
      ),
    findMembership: (workspaceId, userId) =>
      settle(() => {
        const row = q.membership.get(workspaceId, userId) as { role: MemberRole } | undefined;
        return row?.role ?? null;
      }),
    setMembership: (m) => settle(() => void q.upsertMembership.run(m)),
    addMembershipIfAbsent: (m) => settle(() => q.insertMembership.run(m).changes > 0),
    deleteMembership: (workspaceId, userId) =>
      settle(() => q.deleteMembership.run(workspaceId, userId).changes > 0),
    countOwners: (workspaceId) => settle(() => (q.countOwners.get(workspaceId) as { n: number }).n),
    listMembers: (workspaceId, everyone) =>
      settle(() =>
        (
          (everyone ? q.everyoneAsMembers : q.explicitMembers).all(workspaceId) as Array<
            UserRow & { role: MemberRole }
          >
        ).map((row) => ({ ...toUser(row), role: row.role })),
      ),
    createSpace: (space: SpaceRecord) => settle(() => void q.insertSpace.run(space)),
    deleteSpace: (id) => settle(() => deleteSpace(id)),
    deleteDoc: (docName) => settle(() => deleteDoc(docName)),
    spaceIdsOf: (workspaceIds) => settle(() => q.spaceIdsOf.all(JSON.stringify(workspaceIds)) as string[]),
    findSpace: (id) =>
      settle(() => {
        const row = q.spaceById.get(id) as
          { id: string; workspace_id: string; created_by: string; created_at: number } | undefined;
        return row
          ? {
              id: row.id,
              workspaceId: row.workspace_id,
              createdBy: row.created_by,
              createdAt: row.created_at,
            }
          : null;
      }),
    appendUpdate: (docName, update) =>
      settle(() => Number(q.appendUpdate.run(docName, update, Date.now()).lastInsertRowid)),
    loadDoc: (docName) =>
      settle((): StoredDoc => {
        // One read transaction so a compaction cannot slip between reading the snapshot and the log.
        return db.transaction(() => {
          const snap = q.snapshot.get(docName) as { data: Buffer; up_to_seq: number } | undefined;
          const rows = q.updates.all(docName) as Array<{ seq: number; data: Buffer }>;
          const lastRow = rows.length > 0 ? rows[rows.length - 1]!.seq : 0;
          return {
            snapshot: snap ? new Uint8Array(snap.data) : null,
            updates: rows.map((r) => new Uint8Array(r.data)),
            seqs: rows.map((r) => r.seq),
            lastSeq: Math.max(snap?.up_to_seq ?? 0, lastRow),
          };
        })();
      }),
    countUpdates: (docName) => settle(() => (q.countUpdates.get(docName) as { n: number }).n),
    compact: (docName, snapshot, upToSeq, folded) =>
      settle(() => compact(docName, snapshot, upToSeq, folded)),
    insertActivity: (rows) => settle(() => activity.insertActivity(rows)),
    countActivity: (spaceId) => settle(() => activity.countActivity(spaceId)),
    queryActivity: (query) => settle(() => activity.queryActivity(query)),
    activityCardState: (spaceId, cardId) => settle(() => activity.cardState(spaceId, cardId)),
    storeCardSummaries: (spaceId, changes) => settle(() => summaries.storeCardSummaries(spaceId, changes)),
    spaceCardSummaries: (spaceId) => settle(() => summaries.spaceCardSummaries(spaceId)),
    cardSummaries: (keys) => settle(() => summaries.cardSummaries(keys)),
    searchCards: (search) => settle(() => summaries.searchCards(search)),
    cardsConcerning: (userId) => settle(() => summaries.cardsConcerning(userId)),
    markSummarised: (spaceId) => settle(() => summaries.markSummarised(spaceId)),
    unsummarisedSpaces: (spaceIds) => settle(() => summaries.unsummarisedSpaces(spaceIds)),
    setFollow: (choice) => settle(() => notifications.setFollow(choice)),
    followChoices: (spaceId, cardIds) => settle(() => notifications.followChoices(spaceId, cardIds)),
    insertNotifications: (rows) => settle(() => notifications.insertNotifications(rows)),
    queryNotifications: (query) => settle(() => notifications.queryNotifications(query)),
    unreadNotifications: (userId, workspaceIds) => settle(() => notifications.unread(userId, workspaceIds)),
    markNotificationsRead: (userId, seqs, at) => settle(() => notifications.markRead(userId, seqs, at)),
    close: () =>
      settle(() => {
        if (!db.open) return;
        db.close();
        unlock();
      }),
  };
}
