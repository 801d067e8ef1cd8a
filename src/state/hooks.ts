/**
 * React access to the snapshot stores. Components pass a narrow selector (one card, one column) so they
 * re-render only when what they show changes; use `useShallow` from `zustand/react/shallow` for selectors
 * that build a new object or array.
 */
import { useStore } from 'zustand';
import type { ConnectionState, ConnectionStore } from './connectionStore.ts';
import type { FeedState, FeedStore } from './feedStore.ts';
import type { SpaceState, SpaceStore } from './spaceStore.ts';
import type { UserState, UserStore } from './userStore.ts';
import type { WorkspaceState, WorkspaceStore } from './workspaceStore.ts';

/** Select from an open space's store. */
export function useSpaceStore<T>(store: SpaceStore, selector: (state: SpaceState) => T): T {
  return useStore(store, selector);
}

/** Select from an open workspace's store. */
export function useWorkspaceStore<T>(store: WorkspaceStore, selector: (state: WorkspaceState) => T): T {
  return useStore(store, selector);
}

/** Select from the user document's store. */
export function useUserStore<T>(store: UserStore, selector: (state: UserState) => T): T {
  return useStore(store, selector);
}

/** Select from the feed's store (MySpace's card summaries). */
export function useFeedStore<T>(store: FeedStore, selector: (state: FeedState) => T): T {
  return useStore(store, selector);
}

/** Select from the pool's connection store (the header reads `state => state.aggregate`). */
export function useConnection<T>(store: ConnectionStore, selector: (state: ConnectionState) => T): T {
  return useStore(store, selector);
}
