/**
 * Following and notifications in SQLite (migration 4). A notification row only points at its activity row
 * (space and event id); a page joins the two, so an entry carries exactly the data of the activity stream.
 * Pages and the unread count read only the spaces of the workspaces the reader may see, decided at each
 * request by the caller, so a notification from a space the user can no longer read disappears at once.
 */
import type Database from 'better-sqlite3';
import { toRecord, type ActivityRow } from './sqliteActivity.ts';
import type { NewNotification, NotificationQuery, NotificationRecord, UnreadNotifications } from './types.ts';

interface NotificationRow extends ActivityRow {
  n_seq: number;
  n_reason: 'follow' | 'mention';
  n_read_at: number | null;
}

const READABLE = `n.space_id IN (SELECT id FROM spaces WHERE workspace_id IN (SELECT value FROM json_each(@workspaces)))`;

/** The type condition of each level; a mention is a comment, so it counts in every level. */
const LEVELS: Record<NotificationQuery['level'], string> = {
  everything: '1',
  relevant: `(n.type NOT IN ('noted', 'titled') OR n.reason = 'mention')`,
  comments: `n.type = 'commented'`,
};

/** Kinds of change whose newest one says all a follower needs: the state the card was left in. */
const SUPERSEDED_TYPES: ReadonlySet<string> = new Set([
  'moved',
  'dated',
  'titled',
  'noted',
  'valued',
  'assigned',
  'blocked',
]);

/** How far back an unread notification is replaced by a newer one of the same kind and author, in ms. */
const SUPERSEDE_MS = 10 * 60_000;

export function sqliteNotifications(db: Database.Database) {
  const upsertFollow = db.prepare(
    `INSERT INTO follows (space_id, card_id, user_id, following, updated_at)
     VALUES (@spaceId, @cardId, @userId, @following, @at)
     ON CONFLICT (space_id, card_id, user_id) DO UPDATE SET following = excluded.following,
       updated_at = excluded.updated_at`,
  );
  const choices = db.prepare(
    `SELECT card_id, user_id, following FROM follows
     WHERE space_id = ? AND card_id IN (SELECT value FROM json_each(?))`,
  );
  const insert = db.prepare(
    `INSERT OR IGNORE INTO notifications (user_id, space_id, event_id, card_id, type, reason)
     VALUES (@userId, @spaceId, @eventId, @cardId, @type, @reason)`,
  );
  // The unread notification a newer change replaces: same follower, card, kind of change, part of the card
  // (which date, which custom field) and author, made within SUPERSEDE_MS. Four presses moving a due date
  // tell a follower once, with the date it ended on; a start date then set still tells them of both.
  const supersede = db.prepare(
    `DELETE FROM notifications WHERE seq IN (
       SELECT n.seq FROM notifications n
         JOIN activity a ON a.space_id = n.space_id AND a.event_id = n.event_id
       WHERE n.user_id = @userId AND n.type = @type AND n.space_id = @spaceId AND n.card_id = @cardId
         AND n.reason = 'follow' AND n.read_at IS NULL AND a.actor = @actor AND a.at >= @since
         AND COALESCE(json_extract(a.data, '$.field'), json_extract(a.data, '$.fieldId'), '') = @part)`,
  );
  const insertAll = db.transaction((rows: readonly NewNotification[]) => {
    let inserted = 0;
    for (const { actor, at, part = '', ...row } of rows) {
      if (row.reason === 'follow' && SUPERSEDED_TYPES.has(row.type)) {
        supersede.run({ ...row, actor, part, since: at - SUPERSEDE_MS });
      }
      inserted += insert.run(row).changes;
    }
    return inserted;
  });
  const unread = db.prepare(
    `SELECT COUNT(*) AS n, MAX(n.seq) AS latest FROM notifications n
     WHERE n.user_id = @userId AND n.read_at IS NULL AND ${READABLE}`,
  );
  const markSome = db.prepare(
    `UPDATE notifications SET read_at = @at
     WHERE user_id = @userId AND read_at IS NULL AND seq IN (SELECT value FROM json_each(@seqs))`,
  );
  const markAll = db.prepare(
    'UPDATE notifications SET read_at = @at WHERE user_id = @userId AND read_at IS NULL',
  );
  const userNames = db.prepare('SELECT id, name FROM users WHERE id IN (SELECT value FROM json_each(?))');
  const pages = new Map<string, Database.Statement>();

  function pageStatement(level: NotificationQuery['level'], paged: boolean): Database.Statement {
    const key = `${level}:${paged}`;
    let statement = pages.get(key);
    if (!statement) {
      statement = db.prepare(
        `SELECT a.*, n.seq AS n_seq, n.reason AS n_reason, n.read_at AS n_read_at
         FROM notifications n JOIN activity a ON a.space_id = n.space_id AND a.event_id = n.event_id
         WHERE n.user_id = @userId AND ${READABLE} AND ${LEVELS[level]}
           ${paged ? 'AND n.seq < @before' : ''}
         ORDER BY n.seq DESC LIMIT @limit`,
      );
      pages.set(key, statement);
    }
    return statement;
  }

  return {
    setFollow: (choice: { userId: string; spaceId: string; cardId: string; following: boolean }) => {
      upsertFollow.run({ ...choice, following: choice.following ? 1 : 0, at: Date.now() });
    },
    followChoices: (spaceId: string, cardIds: readonly string[]) => {
      const byCard = new Map<string, Map<string, boolean>>();
      const rows = choices.all(spaceId, JSON.stringify(cardIds)) as Array<{
        card_id: string;
        user_id: string;
        following: number;
      }>;
      for (const row of rows) {
        const users = byCard.get(row.card_id) ?? new Map<string, boolean>();
        users.set(row.user_id, row.following === 1);
        byCard.set(row.card_id, users);
      }
      return byCard;
    },
    insertNotifications: (rows: readonly NewNotification[]): number =>
      rows.length === 0 ? 0 : insertAll(rows),
    queryNotifications: (query: NotificationQuery): NotificationRecord[] => {
      const rows = pageStatement(query.level, query.before !== undefined).all({
        userId: query.userId,
        workspaces: JSON.stringify(query.workspaceIds),
        limit: query.limit,
        ...(query.before !== undefined ? { before: query.before } : {}),
      }) as NotificationRow[];
      const ids = [...new Set(rows.map((row) => row.actor))];
      const found = userNames.all(JSON.stringify(ids)) as Array<{ id: string; name: string }>;
      const people = new Map(found.map((user) => [user.id, user.name]));
      return rows.map((row) => ({
        seq: row.n_seq,
        reason: row.n_reason,
        readAt: row.n_read_at,
        activity: toRecord(row, people),
      }));
    },
    unread: (userId: string, workspaceIds: readonly string[]): UnreadNotifications => {
      const row = unread.get({ userId, workspaces: JSON.stringify(workspaceIds) }) as {
        n: number;
        latest: number | null;
      };
      return { unread: row.n, latest: row.latest };
    },
    markRead: (userId: string, seqs: readonly number[] | 'all', at: number): number =>
      seqs === 'all'
        ? markAll.run({ userId, at }).changes
        : markSome.run({ userId, at, seqs: JSON.stringify(seqs) }).changes,
  };
}
