import { useCallback } from 'react';
import type { SpaceStore } from '../../state/index.ts';
import { useSearcher, type Searcher } from '../commands/registry';
import { matchingCards } from '../common/cardMatches';
import { cardPath, navigate } from '../shell/route';

/** Cards offered for one query at most: the palette is for going to a card, not for browsing a space. */
export const MAX_CARD_RESULTS = 20;

/**
 * The open space's cards in the command palette: "Open card: <title>" for each unarchived card whose title
 * holds every word typed (in any order, any case, accents or not), the best matches first as the search
 * across spaces ranks them (`titleRank`). Reads the store only when the palette asks.
 */
export function useCardSearch(spaceId: string, store: SpaceStore | null): void {
  const searcher = useCallback<Searcher>(
    (words) => {
      if (!store) return [];
      return matchingCards(Object.values(store.getState().cards), words, (card) => !card.archived)
        .slice(0, MAX_CARD_RESULTS)
        .map((card) => ({
          id: `card:${card.id}`,
          label: `Open card: ${card.title}`,
          perform: () => navigate(cardPath(spaceId, card.id)),
        }));
    },
    [spaceId, store],
  );
  useSearcher(searcher);
}
