/**
 * Undo and redo of the user's own MySpace changes: sections, mirrors and inbox triage in their user
 * document. The document is theirs alone, so Yjs's own undo manager serves: it takes back the last local
 * change (one operation is one step) and leaves what another device of theirs wrote. Saved views and
 * reminders live in the same document and are not in its reach.
 */
import * as Y from 'yjs';
import { LOCAL, userMaps } from '../domain/index.ts';
import type { DocumentHandle } from './documentPool.ts';

export interface UserUndo {
  /** Takes back the last MySpace change made here; false when there is none. */
  undo(): boolean;
  /** Makes the last change taken back again; false when there is none. */
  redo(): boolean;
  /** Stops recording; call when MySpace closes. */
  destroy(): void;
}

export function createUserUndo(handle: Pick<DocumentHandle, 'doc'>): UserUndo {
  const { sections, mirrors, triaged } = userMaps(handle.doc);
  // No capture window: every operation is its own step, as a drop on a board is.
  const manager = new Y.UndoManager([sections, mirrors, triaged], {
    trackedOrigins: new Set([LOCAL]),
    captureTimeout: 0,
  });
  return {
    undo: () => manager.undo() !== null,
    redo: () => manager.redo() !== null,
    destroy: () => manager.destroy(),
  };
}
