/** The snapshot store of one open workspace: its meta, folders and the list of its spaces. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Folder, SpaceEntry, WorkspaceMeta } from '../domain/index.ts';

export interface WorkspaceState {
  meta: WorkspaceMeta;
  folders: Record<string, Folder>;
  spaces: Record<string, SpaceEntry>;
}

export type WorkspaceStore = StoreApi<WorkspaceState>;

/** A store holding `initial`. */
export function createWorkspaceStore(initial: WorkspaceState): WorkspaceStore {
  return createStore<WorkspaceState>(() => initial);
}
