/**
 * Numbered migrations, run when a document loads. All pending steps run in one transaction (origin
 * `SYSTEM`, so undo never reverts them) and bump `meta.schemaVersion`. A document newer than this code is
 * refused untouched: writing to it with an older shape could lose data.
 */
import type * as Y from 'yjs';
import type { DocKind } from '../docNames.ts';
import { DomainError } from '../errors.ts';
import { SYSTEM } from '../origin.ts';
import { SCHEMA_VERSION } from '../schema.ts';
import type { Migration } from './types.ts';
import { SPACE_V1, USER_V1, WORKSPACE_V1 } from './v1.ts';
import { SPACE_V2 } from './v2.ts';
import { SPACE_V3 } from './v3.ts';

export type { Migration } from './types.ts';

/** Steps per kind, ascending, numbered 1..SCHEMA_VERSION[kind]. */
export const MIGRATIONS: Record<DocKind, readonly Migration[]> = {
  space: [SPACE_V1, SPACE_V2, SPACE_V3],
  workspace: [WORKSPACE_V1],
  user: [USER_V1],
  // The server rebuilds a feed from its projection, so a feed never needs migrating: it is rewritten.
  feed: [],
};

/**
 * The document's schema version: 0 before versioning, null when it holds no data yet. A version that is
 * not a non-negative safe integer (a fraction, a negative number, a string, …) cannot come from any
 * Afterboard, old or new, so it is refused as `schema_invalid` rather than guessed at; a well-formed
 * version above the known one is `schema_too_new` (see {@link migrate}). Both are final for this document:
 * retrying cannot help until the document or the app changes.
 */
export function schemaVersionOf(doc: Y.Doc): number | null {
  const meta = topLevel(doc, 'meta');
  const version = meta.get('schemaVersion');
  if (version === undefined) return meta.get('id') === undefined ? null : 0;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new DomainError('schema_invalid', 'The document has a malformed schema version.', {
      version: typeof version === 'number' || typeof version === 'string' ? version : typeof version,
    });
  }
  return version;
}

/** Top-level map `name`; a peer that defined it as another shared type → `schema_invalid`. */
function topLevel(doc: Y.Doc, name: string): Y.Map<unknown> {
  try {
    return doc.getMap(name);
  } catch (error) {
    throw new DomainError('schema_invalid', `The document's "${name}" is not a map.`, {
      name,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Names of each kind's top-level maps, checked before a migration writes anything. */
const TOP_LEVEL_MAPS: Record<DocKind, readonly string[]> = {
  space: ['meta', 'statuses', 'labels', 'fields', 'cards', 'relations', 'todos', 'comments', 'settings'],
  workspace: ['meta', 'folders', 'spaces'],
  user: ['meta', 'sections', 'mirrors', 'prefs'],
  feed: ['meta', 'cards'],
};

/**
 * Brings `doc` up to `SCHEMA_VERSION[kind]`. Returns whether it wrote. An empty document (not yet synced or
 * initialised) is left alone; a newer one throws `schema_too_new`, a malformed one `schema_invalid`, both
 * before writing anything.
 */
export function migrate(doc: Y.Doc, kind: DocKind, migrations = MIGRATIONS[kind]): boolean {
  const target = migrations.length > 0 ? migrations[migrations.length - 1]!.version : SCHEMA_VERSION[kind];
  const current = schemaVersionOf(doc);
  if (current === null || current === target) return false;
  if (current > target) {
    throw new DomainError(
      'schema_too_new',
      `This ${kind} was saved by a newer Afterboard (schema ${current}; this version knows ${target}). Update the app.`,
      { current, known: target },
    );
  }
  // Steps read these maps; a clash found halfway through would leave a partly migrated document.
  for (const name of TOP_LEVEL_MAPS[kind]) topLevel(doc, name);
  const pending = migrations.filter((step) => step.version > current);
  doc.transact(() => {
    const meta = doc.getMap('meta');
    for (const step of pending) {
      step.up(doc);
      meta.set('schemaVersion', step.version);
    }
  }, SYSTEM);
  return true;
}
