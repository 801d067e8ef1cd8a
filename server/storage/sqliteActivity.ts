/**
 * The activity projection's table in SQLite (migration 3): inserts that ignore rows already stored, and the
 * page query of the activity streams. A page is read newest first along `seq`, the autoincrement key, so a
 * cursor (`seq < before`) stays stable while new rows arrive: they always get higher numbers.
 */
import type Database from 'better-sqlite3';
import type { ActivityQuery, ActivityRecord, ActorSource, NewActivity } from './types.ts';

interface ActivityRow {
  seq: number;
  space_id: string;
  event_id: string;
  card_id: string;
  type: string;
  at: number;
  actor: string;
  actor_source: ActorSource;
  recorded_by: string;
  data: string;
}

/** Optional filters, in the order their conditions are written; the set present picks a cached statement. */
const FILTERS = [
  ['before', 'seq < @before'],
  ['spaceId', 'space_id = @spaceId'],
  ['cardId', 'card_id = @cardId'],
  ['actor', 'actor = @actor'],
  ['type', 'type = @type'],
  ['from', 'at >= @from'],
  ['to', 'at < @to'],
] as const satisfies ReadonlyArray<readonly [keyof ActivityQuery, string]>;

const toRecord = (row: ActivityRow): ActivityRecord => ({
  seq: row.seq,
  spaceId: row.space_id,
  eventId: row.event_id,
  cardId: row.card_id,
  type: row.type,
  at: row.at,
  actor: row.actor,
  actorSource: row.actor_source,
  recordedBy: row.recorded_by,
  data: JSON.parse(row.data) as Record<string, unknown>,
});

export function sqliteActivity(db: Database.Database) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO activity
       (space_id, event_id, card_id, type, at, actor, actor_source, recorded_by, data)
     VALUES (@spaceId, @eventId, @cardId, @type, @at, @actor, @actorSource, @recordedBy, @data)`,
  );
  const count = db.prepare('SELECT COUNT(*) AS n FROM activity WHERE space_id = ?');
  const insertAll = db.transaction((rows: readonly NewActivity[]) => {
    let inserted = 0;
    for (const row of rows) inserted += insert.run({ ...row, data: JSON.stringify(row.data) }).changes;
    return inserted;
  });
  const statements = new Map<string, Database.Statement>();

  function statementFor(query: ActivityQuery): Database.Statement {
    const present = FILTERS.filter(([key]) => query[key] !== undefined);
    const key = present.map(([name]) => name).join(',');
    let statement = statements.get(key);
    if (!statement) {
      // `+space_id` keeps the readable-spaces test off the space index: for a stream across many spaces,
      // walking `seq` downwards and stopping after `limit` hits beats collecting and sorting a whole space.
      // A named space, card or person still picks its own index through the equality filters.
      const where = [
        `+space_id IN (SELECT id FROM spaces WHERE workspace_id IN (SELECT value FROM json_each(@workspaces)))`,
        ...present.map(([, condition]) => condition),
      ];
      statement = db.prepare(
        `SELECT * FROM activity WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT @limit`,
      );
      statements.set(key, statement);
    }
    return statement;
  }

  return {
    insertActivity: (rows: readonly NewActivity[]): number => (rows.length === 0 ? 0 : insertAll(rows)),
    countActivity: (spaceId: string): number => (count.get(spaceId) as { n: number }).n,
    queryActivity: (query: ActivityQuery): ActivityRecord[] => {
      const params: Record<string, unknown> = {
        workspaces: JSON.stringify(query.workspaceIds),
        limit: query.limit,
      };
      for (const [name] of FILTERS) if (query[name] !== undefined) params[name] = query[name];
      return (statementFor(query).all(params) as ActivityRow[]).map(toRecord);
    },
  };
}
