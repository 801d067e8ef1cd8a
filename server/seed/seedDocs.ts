/**
 * Where the seed writes documents. A data folder nobody serves is written through its storage directly
 * (`npm run seed`); a running server's documents are written through its registry, so a document that is
 * loaded (the caller's own MySpace, say) takes the change live, and its connected clients see it.
 */
import * as Y from 'yjs';
import { historyLength, parseDocName } from '../../src/domain/index.ts';
import { backfillActivity } from '../projections/activity.ts';
import type { Storage } from '../storage/types.ts';
import type { DocRegistry } from '../sync/registry.ts';

export interface SeedDocs {
  /** Runs `edit` on document `name` as stored and stores what it wrote (nothing when it wrote nothing). */
  edit(name: string, edit: (doc: Y.Doc) => void): Promise<void>;
}

/** Documents of a storage that no server holds: loaded, edited and appended as one diff. */
export function storedDocs(storage: Storage): SeedDocs {
  return {
    async edit(name, edit) {
      const doc = new Y.Doc();
      const stored = await storage.loadDoc(name);
      for (const part of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
        Y.applyUpdate(doc, part);
      }
      const before = Y.encodeStateVector(doc);
      edit(doc);
      const diff = Y.encodeStateAsUpdate(doc, before);
      // An update with no structs and no deletions is two zero bytes: nothing changed, nothing to store.
      if (diff.byteLength > 2) await storage.appendUpdate(name, diff);
      // The activity streams read the projection, not the documents: a seeded space is projected now
      // rather than when a server first loads it (authors as recorded, as for any backfill).
      const parsed = parseDocName(name);
      if (parsed?.kind === 'space') await backfillActivity(storage, parsed.id, doc, historyLength(doc));
      doc.destroy();
    },
  };
}

/** Documents of a running server: edited on the loaded document, stored and broadcast by the registry. */
export function registryDocs(registry: DocRegistry): SeedDocs {
  return { edit: (name, edit) => registry.withDoc(name, edit) };
}
