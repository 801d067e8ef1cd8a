/** The snapshot store of the signed-in user's feed: live summaries of the cards MySpace shows. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FeedEntry } from '../domain/index.ts';

export interface FeedState {
  /** `feedKey(spaceId, cardId)` → entry; a value this code cannot read is left out. */
  entries: Record<string, FeedEntry>;
}

export type FeedStore = StoreApi<FeedState>;

/** A store holding `initial`. */
export function createFeedStore(initial: FeedState): FeedStore {
  return createStore<FeedState>(() => initial);
}
