/**
 * The activity projection's table in SQLite (migration 3): inserts that ignore rows already stored, and the
 * page query of the activity streams. A page is read newest first along `seq`, the autoincrement key, so a
 * cursor (`seq < before`) stays stable while new rows arrive: they always get higher numbers, which is also
 * what a live refresh asks for (`seq > after`). A row's names
 * (see `projections/activityNames.ts`) ride in its `data` JSON under `names`, a key no event type has, so
 * rows stored before names were kept need no migration.
 */
import type Database from 'better-sqlite3';
import type { ActivityCardState, ActivityQuery, ActivityRecord, ActorSource, NewActivity } from './types.ts';

export interface ActivityRow {
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
  ['after', 'seq > @after'],
  ['spaceId', 'space_id = @spaceId'],
  ['cardId', 'card_id = @cardId'],
  ['actor', 'actor = @actor'],
  ['type', 'type = @type'],
  ['excludeTypes', 'type NOT IN (SELECT value FROM json_each(@excludeTypes))'],
  ['from', 'at >= @from'],
  ['to', 'at < @to'],
] as const satisfies ReadonlyArray<readonly [keyof ActivityQuery, string]>;

/** Newest rows a stream across spaces walks before it reads space by space instead (see `queryRows`). */
const SCAN_WINDOW = 20_000;

export function toRecord(row: ActivityRow, people: ReadonlyMap<string, string>): ActivityRecord {
  const { names, ...data } = JSON.parse(row.data) as Record<string, unknown>;
  return {
    seq: row.seq,
    spaceId: row.space_id,
    eventId: row.event_id,
    cardId: row.card_id,
    type: row.type,
    at: row.at,
    actor: row.actor,
    actorSource: row.actor_source,
    recordedBy: row.recorded_by,
    data,
    ...(typeof names === 'object' && names !== null ? { names: names as Record<string, unknown> } : {}),
    actorName: people.get(row.actor) ?? null,
  };
}

export function sqliteActivity(db: Database.Database) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO activity
       (space_id, event_id, card_id, type, at, actor, actor_source, recorded_by, data)
     VALUES (@spaceId, @eventId, @cardId, @type, @at, @actor, @actorSource, @recordedBy, @data)`,
  );
  const count = db.prepare('SELECT COUNT(*) AS n FROM activity WHERE space_id = ?');
  const insertAll = db.transaction((rows: readonly NewActivity[]) => {
    let inserted = 0;
    for (const { names, ...row } of rows) {
      const data = names === undefined ? row.data : { ...row.data, names };
      inserted += insert.run({ ...row, data: JSON.stringify(data) }).changes;
    }
    return inserted;
  });
  const newest = db.prepare('SELECT MAX(seq) AS seq FROM activity');
  const readableSpaces = db
    .prepare('SELECT id FROM spaces WHERE workspace_id IN (SELECT value FROM json_each(?))')
    .pluck();
  const userNames = db.prepare('SELECT id, name FROM users WHERE id IN (SELECT value FROM json_each(?))');
  const statements = new Map<string, Database.Statement>();
  const cardRows = db.prepare(
    `SELECT type, data FROM activity WHERE card_id = ? AND space_id = ?
       AND type IN ('created', 'moved', 'titled') ORDER BY seq DESC`,
  );

  /** Reads the card's rows newest first until both its status and its title are known. */
  function cardState(spaceId: string, cardId: string): ActivityCardState | null {
    const state: ActivityCardState = { status: null, title: null };
    let found = false;
    for (const row of cardRows.iterate(cardId, spaceId) as Iterable<{ type: string; data: string }>) {
      found = true;
      const data = JSON.parse(row.data) as Record<string, unknown>;
      const status =
        row.type === 'moved' ? data.toStatusId : row.type === 'created' ? data.statusId : undefined;
      if (state.status === null && typeof status === 'string') state.status = status;
      if (state.title === null && row.type !== 'moved' && typeof data.title === 'string')
        state.title = data.title;
      if (state.status !== null && state.title !== null) break;
    }
    return found ? state : null;
  }

  /** The names of a page's actors, by id: one lookup per page rather than a join in every page shape. */
  function peopleOf(rows: readonly ActivityRow[]): Map<string, string> {
    const ids = [...new Set(rows.map((row) => row.actor))];
    const found = userNames.all(JSON.stringify(ids)) as Array<{ id: string; name: string }>;
    return new Map(found.map((user) => [user.id, user.name]));
  }

  /**
   * The page statement for the filters present, in one of three shapes: `all` walks `seq` downwards over
   * the readable spaces; `window` does the same within the newest `SCAN_WINDOW` rows; `space` reads one
   * space through its own index.
   */
  function statementFor(query: ActivityQuery, shape: 'all' | 'window' | 'space'): Database.Statement {
    const present = FILTERS.filter(([key]) => query[key] !== undefined);
    const key = `${shape}:${present.map(([name]) => name).join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      // `+space_id` keeps the readable-spaces test off the space index: for a stream across many spaces,
      // walking `seq` downwards and stopping after `limit` hits beats collecting and sorting whole spaces.
      // A named space, card or person still picks its own index through the equality filters.
      const where =
        shape === 'space'
          ? ['space_id = @oneSpace']
          : [
              `+space_id IN (SELECT id FROM spaces WHERE workspace_id IN (SELECT value FROM json_each(@workspaces)))`,
            ];
      if (shape === 'window') where.push('seq > @floor');
      where.push(...present.map(([, condition]) => condition));
      // A time range read space by space takes the range from the space's `at` index and sorts it, rather
      // than walking the space down from its newest event to the range.
      const dated = shape === 'space' && (query.from !== undefined || query.to !== undefined);
      const table = dated ? 'activity INDEXED BY activity_space_at' : 'activity';
      statement = db.prepare(
        `SELECT * FROM ${table} WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT @limit`,
      );
      statements.set(key, statement);
    }
    return statement;
  }

  function queryRows(query: ActivityQuery): ActivityRow[] {
    const params: Record<string, unknown> = {
      workspaces: JSON.stringify(query.workspaceIds),
      limit: query.limit,
    };
    for (const [name] of FILTERS) if (query[name] !== undefined) params[name] = query[name];
    if (query.excludeTypes !== undefined) params.excludeTypes = JSON.stringify(query.excludeTypes);
    const narrowed = query.spaceId !== undefined || query.cardId !== undefined || query.actor !== undefined;
    const top = (newest.get() as { seq: number | null }).seq ?? 0;
    const ceiling = Math.min(query.before ?? Number.POSITIVE_INFINITY, top + 1);
    // Rows after a recent cursor (a live refresh) lie within a short stretch of `seq`: the walk is short.
    const recent = query.after !== undefined && ceiling - query.after <= SCAN_WINDOW;
    if (narrowed || recent || ceiling - SCAN_WINDOW <= 0)
      return statementFor(query, 'all').all(params) as ActivityRow[];
    // The walk down `seq` is quick while the reader's spaces are a fair share of the newest rows; it is
    // bounded to a window so that a reader of quiet spaces does not walk the whole table. Their page is
    // read space by space instead, each through the space index, and merged.
    params.floor = ceiling - SCAN_WINDOW;
    const windowed = statementFor(query, 'window').all(params) as ActivityRow[];
    if (windowed.length >= query.limit) return windowed;
    const perSpace = statementFor(query, 'space');
    const rows: ActivityRow[] = [];
    for (const id of readableSpaces.all(params.workspaces) as string[]) {
      rows.push(...(perSpace.all({ ...params, oneSpace: id }) as ActivityRow[]));
    }
    return rows.sort((a, b) => b.seq - a.seq).slice(0, query.limit);
  }

  return {
    insertActivity: (rows: readonly NewActivity[]): number => (rows.length === 0 ? 0 : insertAll(rows)),
    countActivity: (spaceId: string): number => (count.get(spaceId) as { n: number }).n,
    cardState,
    queryActivity: (query: ActivityQuery): ActivityRecord[] => {
      const rows = queryRows(query);
      const people = peopleOf(rows);
      return rows.map((row) => toRecord(row, people));
    },
  };
}
