/**
 * Feeds a workspace document into a {@link WorkspaceStore}: touched folders and space entries are re-read
 * after each transaction, in one `setState` (see `docBridge.ts`).
 */
import type * as Y from 'yjs';
import { readFolder, readSpaceEntry, readWorkspace } from '../../domain/index.ts';
import { workspaceMaps } from '../../domain/schema.ts';
import {
  createWorkspaceStore,
  type WorkspaceState,
  type WorkspaceStore,
} from '../../state/workspaceStore.ts';
import { followDocument } from './docBridge.ts';

export interface WorkspaceBridge {
  store: WorkspaceStore;
  /** Stop observing the document; the store keeps its last state. */
  destroy(): void;
}

/** Read the whole workspace once into a new store and keep the store up to date. */
export function bridgeWorkspace(doc: Y.Doc): WorkspaceBridge {
  const maps = workspaceMaps(doc);
  const store = createWorkspaceStore(readWorkspace(doc));
  const destroy = followDocument<WorkspaceState>(doc, store, {
    collections: { folders: [maps.folders, readFolder], spaces: [maps.spaces, readSpaceEntry] },
    // Meta changes are rare (a rename); the domain reads it only as part of the whole workspace.
    values: { meta: [maps.meta, () => readWorkspace(doc).meta] },
  });
  return { store, destroy };
}
