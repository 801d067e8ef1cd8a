/**
 * Feeds a workspace document into a {@link WorkspaceStore}: touched folders and space entries are re-read
 * after each transaction, in one `setState`.
 */
import type * as Y from 'yjs';
import { readFolder, readSpaceEntry, readWorkspace } from '../../domain/index.ts';
import { workspaceMaps } from '../../domain/schema.ts';
import {
  createWorkspaceStore,
  type WorkspaceState,
  type WorkspaceStore,
} from '../../state/workspaceStore.ts';
import { onAfterTransaction } from './afterTransaction.ts';
import { patchRecords, sameValue } from './records.ts';
import { collectTouched } from './touched.ts';

export interface WorkspaceBridge {
  store: WorkspaceStore;
  /** Stop observing the document; the store keeps its last state. */
  destroy(): void;
}

/** Read the whole workspace once into a new store and keep the store up to date. */
export function bridgeWorkspace(doc: Y.Doc): WorkspaceBridge {
  const maps = workspaceMaps(doc);
  const store = createWorkspaceStore(readWorkspace(doc));
  const touchedFolders = new Set<string>();
  const touchedSpaces = new Set<string>();
  let metaChanged = false;

  const onFolders = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
    collectTouched(events, maps.folders, touchedFolders);
  const onSpaces = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
    collectTouched(events, maps.spaces, touchedSpaces);
  const onMeta = () => (metaChanged = true);
  maps.folders.observeDeep(onFolders);
  maps.spaces.observeDeep(onSpaces);
  maps.meta.observe(onMeta);

  const flush = () => {
    if (!metaChanged && touchedFolders.size + touchedSpaces.size === 0) return;
    const prev = store.getState();
    const next: Partial<WorkspaceState> = {};
    if (metaChanged) {
      // Meta changes are rare (a rename); the domain reads it only as part of the whole workspace.
      const meta = readWorkspace(doc).meta;
      if (!sameValue(meta, prev.meta)) next.meta = meta;
    }
    if (touchedFolders.size > 0)
      next.folders = patchRecords(prev.folders, maps.folders, touchedFolders, readFolder);
    if (touchedSpaces.size > 0)
      next.spaces = patchRecords(prev.spaces, maps.spaces, touchedSpaces, readSpaceEntry);
    metaChanged = false;
    touchedFolders.clear();
    touchedSpaces.clear();
    if (Object.entries(next).some(([key, value]) => value !== prev[key as keyof WorkspaceState]))
      store.setState(next);
  };
  const stopFlushing = onAfterTransaction(doc, flush);

  return {
    store,
    destroy() {
      stopFlushing();
      maps.folders.unobserveDeep(onFolders);
      maps.spaces.unobserveDeep(onSpaces);
      maps.meta.unobserve(onMeta);
    },
  };
}
