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

export type { Migration } from './types.ts';

/** Steps per kind, ascending, numbered 1..SCHEMA_VERSION[kind]. */
export const MIGRATIONS: Record<DocKind, readonly Migration[]> = {
  space: [SPACE_V1],
  workspace: [WORKSPACE_V1],
  user: [USER_V1],
};

/** The document's schema version: 0 before versioning, null when it holds no data yet. */
export function schemaVersionOf(doc: Y.Doc): number | null {
  const meta = doc.getMap('meta');
  const version = meta.get('schemaVersion');
  if (version === undefined) return meta.get('id') === undefined ? null : 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new DomainError('invalid_input', 'The document has a malformed schema version.', { version });
  }
  return version;
}

/**
 * Brings `doc` up to `SCHEMA_VERSION[kind]`. Returns whether it wrote. An empty document (not yet synced or
 * initialised) is left alone; a newer one throws `schema_too_new`.
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
