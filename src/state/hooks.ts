/**
 * React access to the snapshot stores. Components pass a narrow selector (one card, one column) so they
 * re-render only when what they show changes; use `useShallow` from `zustand/react/shallow` for selectors
 * that build a new object or array.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Card } from '../domain/index.ts';
import { copyRecords } from './recordIds.ts';
import type { ConnectionState, ConnectionStore } from './connectionStore.ts';
import type { FeedState, FeedStore } from './feedStore.ts';
import type { SpaceState, SpaceStore } from './spaceStore.ts';
import type { UserState, UserStore } from './userStore.ts';
import type { WorkspaceState, WorkspaceStore } from './workspaceStore.ts';

/** Select from an open space's store. */
export function useSpaceStore<T>(store: SpaceStore, selector: (state: SpaceState) => T): T {
  return useStore(store, selector);
}

/**
 * Every card of an open space, as a record that is a new object whenever a card changed: for views that
 * read many cards (charts, the timeline, the calendar). A copy per change, since the store's own record is
 * changed in place; the board selects its cards by id and never pays for it.
 */
export function useAllCards(store: SpaceStore): Readonly<Record<string, Card>> {
  const version = useStore(store, (state) => state.cardsVersion);
  // The version stands for the record's content: the object itself may stay the same.
  return useMemo(() => copyRecords(store.getState().cards), [store, version]);
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
