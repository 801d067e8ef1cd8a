import { useCallback, useSyncExternalStore } from 'react';
import type { SpaceEntry } from '../../domain/index.ts';
import type { WorkspaceStore } from '../../state/index.ts';

/**
 * The workspace entry of a space (its name lives in the workspace document, not in the space's own),
 * found among the open workspaces and followed live; null until a workspace listing it is open.
 */
export function useSpaceEntry(
  stores: Record<string, WorkspaceStore>,
  spaceId: string | null,
): SpaceEntry | null {
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = Object.values(stores).map((store) => store.subscribe(listener));
      return () => stops.forEach((stop) => stop());
    },
    [stores],
  );
  // Entries are immutable snapshots that keep their identity until they change: safe as a snapshot.
  const getSnapshot = useCallback(() => {
    if (spaceId === null) return null;
    for (const store of Object.values(stores)) {
      const spaces = store.getState().spaces;
      if (Object.hasOwn(spaces, spaceId)) return spaces[spaceId] ?? null;
    }
    return null;
  }, [stores, spaceId]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** The id of the open workspace that lists `spaceId`, or null. */
export function useWorkspaceOfSpace(
  stores: Record<string, WorkspaceStore>,
  spaceId: string | null,
): string | null {
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = Object.values(stores).map((store) => store.subscribe(listener));
      return () => stops.forEach((stop) => stop());
    },
    [stores],
  );
  const getSnapshot = useCallback(() => {
    if (spaceId === null) return null;
    for (const [workspaceId, store] of Object.entries(stores)) {
      if (Object.hasOwn(store.getState().spaces, spaceId)) return workspaceId;
    }
    return null;
  }, [stores, spaceId]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
