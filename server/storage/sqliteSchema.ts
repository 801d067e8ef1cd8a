/**
 * Numbered schema migrations of the SQLite database. A migration is never edited once released: a change of
 * schema is a new entry at the end. `schema_version` records what has been applied.
 */
import type Database from 'better-sqlite3';

const MIGRATIONS: readonly string[] = [
  // 1: accounts, workspaces and the document log.
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    instance_role TEXT NOT NULL CHECK (instance_role IN ('owner', 'user')),
    created_at INTEGER NOT NULL
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_user ON sessions(user_id);
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('private', 'public', 'org_wide')),
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL
  );
  CREATE TABLE memberships (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'member', 'visitor')),
    PRIMARY KEY (workspace_id, user_id)
  );
  CREATE INDEX memberships_user ON memberships(user_id);
  CREATE TABLE spaces (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL
  );
  CREATE INDEX spaces_workspace ON spaces(workspace_id);
  CREATE TABLE doc_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_name TEXT NOT NULL,
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX doc_updates_doc ON doc_updates(doc_name, seq);
  CREATE TABLE doc_snapshots (
    doc_name TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    up_to_seq INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  `,
  // 2: owners archive workspaces (hidden from the lists unless asked for; nothing is deleted).
  `
  ALTER TABLE workspaces ADD COLUMN archived_at INTEGER;
  `,
  // 3: the activity projection: every card history event of every space, with the user who wrote it.
  // `actor_source` says whether `actor` is the authenticated writer ('session') or, for events written
  // before the projection saw them (seeded, backfilled), the event's own `by` ('recorded').
  `
  CREATE TABLE activity (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    space_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    type TEXT NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    actor_source TEXT NOT NULL CHECK (actor_source IN ('session', 'recorded')),
    recorded_by TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (space_id, event_id)
  );
  CREATE INDEX activity_space ON activity(space_id, seq);
  CREATE INDEX activity_space_at ON activity(space_id, at);
  CREATE INDEX activity_actor ON activity(actor, seq);
  CREATE INDEX activity_card ON activity(card_id, seq);
  `,
  // 4: the card summary projection behind each user's MySpace feed: a summary per card, and who it concerns.
  `
  CREATE TABLE card_summaries (
    space_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (space_id, card_id)
  ) WITHOUT ROWID;
  CREATE TABLE card_people (
    user_id TEXT NOT NULL,
    space_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('responsible', 'coworker', 'mentioned')),
    PRIMARY KEY (user_id, space_id, card_id, reason)
  ) WITHOUT ROWID;
  CREATE INDEX card_people_card ON card_people(space_id, card_id);
  `,
];

/**
 * Brings the database schema up to the newest version, one transaction per migration, and returns the
 * version reached. A database written by a newer release is refused rather than silently misread.
 */
export function migrateSchema(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  if (!row) db.prepare('INSERT INTO schema_version (version) VALUES (0)').run();
  let version = row?.version ?? 0;
  if (version > MIGRATIONS.length) {
    throw new Error(
      `Database schema version ${version} is newer than this server supports (${MIGRATIONS.length}).`,
    );
  }
  const setVersion = db.prepare('UPDATE schema_version SET version = ?');
  while (version < MIGRATIONS.length) {
    const next = version + 1;
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      setVersion.run(next);
    })();
    version = next;
  }
  return version;
}
