/**
 * What the server does to a document right after loading it, before any client or API call sees it:
 * refuse one it cannot handle, bring an older one up to date, and initialise an empty MySpace.
 */
import type * as Y from 'yjs';
import { DomainError, initUserDoc, migrate, parseDocName } from '../../src/domain/index.ts';
import { DocRefusedError } from './registry.ts';

/**
 * `meta.schemaVersion`, when present, is a positive integer; anything else is a corrupted value (a faulty
 * or malicious client wrote it). Checked here as well as in `migrate` so the refusal does not depend on
 * how the domain treats such values.
 */
function checkSchemaVersion(doc: Y.Doc): void {
  const version = doc.getMap('meta').get('schemaVersion');
  if (version === undefined) return;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DocRefusedError('document has a malformed schema version');
  }
}

export function prepareLoadedDoc(name: string, doc: Y.Doc): void {
  const parsed = parseDocName(name);
  if (!parsed) return;
  checkSchemaVersion(doc);
  try {
    migrate(doc, parsed.kind);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // Short: a websocket close reason holds at most 123 bytes.
    const reason =
      error.code === 'schema_too_new' ? 'document needs a newer Afterboard' : 'document cannot be opened';
    throw new DocRefusedError(reason);
  }
  // Sign-up initialises MySpace, but if that write failed after the account was committed, the first open
  // repairs it. initUserDoc leaves an initialised document alone.
  if (parsed.kind === 'user') initUserDoc(doc, { id: parsed.id }, { actor: parsed.id });
}
