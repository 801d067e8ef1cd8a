/**
 * Feeds a `feed/<userId>` document into a {@link FeedStore}. The server replaces an entry's value whole, so
 * a transaction's changed keys are re-read and everything else keeps its identity (a mirror re-renders only
 * when its own card changed).
 */
import type * as Y from 'yjs';
import { feedMaps, readFeedEntry, type FeedEntry } from '../../domain/index.ts';
import { createFeedStore, type FeedStore } from '../../state/feedStore.ts';

export interface FeedBridge {
  store: FeedStore;
  /** Stop observing the document; the store keeps its last state. */
  destroy(): void;
}

function readEntries(cards: Y.Map<unknown>): Record<string, FeedEntry> {
  const entries: Record<string, FeedEntry> = {};
  cards.forEach((value, key) => {
    const entry = readFeedEntry(value);
    if (entry) entries[key] = entry;
  });
  return entries;
}

/** Read the whole feed once into a new store and keep the store up to date. */
export function bridgeFeed(doc: Y.Doc): FeedBridge {
  const { cards } = feedMaps(doc);
  const store = createFeedStore({ entries: readEntries(cards) });
  const listener = (event: Y.YMapEvent<unknown>) => {
    const entries = { ...store.getState().entries };
    for (const key of event.keysChanged) {
      const entry = cards.has(key) ? readFeedEntry(cards.get(key)) : null;
      if (entry) entries[key] = entry;
      else delete entries[key];
    }
    store.setState({ entries });
  };
  cards.observe(listener);
  return { store, destroy: () => cards.unobserve(listener) };
}
