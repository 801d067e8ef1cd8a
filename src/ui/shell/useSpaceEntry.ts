import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { isSpaceArchived, type Folder, type SpaceEntry } from '../../domain/index.ts';
import type { WorkspaceState, WorkspaceStore } from '../../state/index.ts';

/** A `useSyncExternalStore` subscription to every store of `stores`. */
function useSubscribeAll(stores: Record<string, WorkspaceStore>) {
  return useCallback(
    (listener: () => void) => {
      const stops = Object.values(stores).map((store) => store.subscribe(listener));
      return () => stops.forEach((stop) => stop());
    },
    [stores],
  );
}

/**
 * The first value `find` returns over the open workspaces, followed live. `find` must return immutable
 * snapshots (or primitives) that keep their identity until they change, as the stores' records do, so the
 * value is a safe `useSyncExternalStore` snapshot.
 */
function useFirstAcrossWorkspaces<T>(
  stores: Record<string, WorkspaceStore>,
  find: ((workspaceId: string, state: WorkspaceState) => T | null) | null,
): T | null {
  const subscribe = useSubscribeAll(stores);
  const getSnapshot = useCallback(() => {
    if (find === null) return null;
    for (const [workspaceId, store] of Object.entries(stores)) {
      const found = find(workspaceId, store.getState());
      if (found !== null) return found;
    }
    return null;
  }, [stores, find]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

/**
 * The workspace entry of a space (its name lives in the workspace document, not in the space's own),
 * found among the open workspaces and followed live; null until a workspace listing it is open.
 */
export function useSpaceEntry(
  stores: Record<string, WorkspaceStore>,
  spaceId: string | null,
): SpaceEntry | null {
  const find = useCallback(
    (_: string, state: WorkspaceState) =>
      spaceId !== null && Object.hasOwn(state.spaces, spaceId) ? (state.spaces[spaceId] ?? null) : null,
    [spaceId],
  );
  return useFirstAcrossWorkspaces(stores, spaceId === null ? null : find);
}

/**
 * Whether `spaceId` reads as archived (itself, or with its folder) in the open workspace that lists it;
 * false while none does.
 */
export function useSpaceArchived(stores: Record<string, WorkspaceStore>, spaceId: string | null): boolean {
  const find = useCallback(
    (_: string, state: WorkspaceState) =>
      spaceId !== null && Object.hasOwn(state.spaces, spaceId) ? isSpaceArchived(state, spaceId) : null,
    [spaceId],
  );
  return useFirstAcrossWorkspaces(stores, spaceId === null ? null : find) ?? false;
}

/**
 * The archived folder that puts `spaceId` away while the space itself is not archived (restoring the space
 * would change nothing then: the folder is what to restore); null otherwise.
 */
export function useArchivedFolderOf(
  stores: Record<string, WorkspaceStore>,
  spaceId: string | null,
): Folder | null {
  const find = useCallback(
    (_: string, state: WorkspaceState) => {
      const space = spaceId !== null && Object.hasOwn(state.spaces, spaceId) ? state.spaces[spaceId] : null;
      if (!space || space.archived || space.folderId === null) return null;
      const folder = Object.hasOwn(state.folders, space.folderId) ? state.folders[space.folderId] : null;
      return folder?.archived ? folder : null;
    },
    [spaceId],
  );
  return useFirstAcrossWorkspaces(stores, spaceId === null ? null : find);
}

/** The id of the open workspace that lists `spaceId`, or null. */
export function useWorkspaceOfSpace(
  stores: Record<string, WorkspaceStore>,
  spaceId: string | null,
): string | null {
  const find = useCallback(
    (workspaceId: string, state: WorkspaceState) =>
      spaceId !== null && Object.hasOwn(state.spaces, spaceId) ? workspaceId : null,
    [spaceId],
  );
  return useFirstAcrossWorkspaces(stores, spaceId === null ? null : find);
}

/** The ids of every space that reads as archived in the open workspaces, followed live. */
export function useArchivedSpaceIds(stores: Record<string, WorkspaceStore>): ReadonlySet<string> {
  const subscribe = useSubscribeAll(stores);
  // A string is a stable snapshot: it changes only when the set of archived spaces does.
  const getSnapshot = useCallback(() => {
    const ids: string[] = [];
    for (const store of Object.values(stores)) {
      const state = store.getState();
      for (const spaceId of Object.keys(state.spaces)) if (isSpaceArchived(state, spaceId)) ids.push(spaceId);
    }
    return ids.sort().join(' ');
  }, [stores]);
  const joined = useSyncExternalStore(subscribe, getSnapshot);
  return useMemo(() => new Set(joined === '' ? [] : joined.split(' ')), [joined]);
}
