/**
 * What the server does to a document right after loading it, before any client or API call sees it:
 * refuse one it cannot handle, bring an older one up to date, and initialise an empty MySpace.
 */
import type * as Y from 'yjs';
import { DomainError, initUserDoc, migrate, parseDocName } from '../../src/domain/index.ts';
import { DocRefusedError } from './registry.ts';

export function prepareLoadedDoc(name: string, doc: Y.Doc): void {
  const parsed = parseDocName(name);
  if (!parsed) return;
  try {
    migrate(doc, parsed.kind);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // `schema_invalid` (a corrupted version) and `schema_too_new` both refuse the document with a final close.
    // Short: a websocket close reason holds at most 123 bytes.
    const reason =
      error.code === 'schema_too_new'
        ? 'document needs a newer Afterboard'
        : error.code === 'schema_invalid'
          ? 'document has a malformed schema version'
          : 'document cannot be opened';
    throw new DocRefusedError(reason);
  }
  // Sign-up initialises MySpace, but if that write failed after the account was committed, the first open
  // repairs it. initUserDoc leaves an initialised document alone.
  if (parsed.kind === 'user') initUserDoc(doc, { id: parsed.id }, { actor: parsed.id });
}
