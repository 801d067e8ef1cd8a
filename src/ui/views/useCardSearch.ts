import { useCallback } from 'react';
import type { SpaceStore } from '../../state/index.ts';
import { useSearcher, type Searcher } from '../commands/registry';
import { matchingCards } from '../common/cardMatches';
import { cardPath, navigate } from '../shell/route';

/** Cards offered for one query at most: the palette is for going to a card, not for browsing a space. */
export const MAX_CARD_RESULTS = 20;

/**
 * The open space's cards in the command palette: "Open card: <title> — <column>" for each unarchived card whose title
 * holds every word typed (in any order, any case, accents or not), the best matches first as the search
 * across spaces ranks them (`titleRank`). Reads the store only when the palette asks.
 */
export function useCardSearch(spaceId: string, store: SpaceStore | null): void {
  const searcher = useCallback<Searcher>(
    (words) => {
      if (!store) return [];
      const { cards, statuses } = store.getState();
      return matchingCards(Object.values(cards), words, (card) => !card.archived)
        .slice(0, MAX_CARD_RESULTS)
        .map((card) => ({
          id: `card:${card.id}`,
          // With its column, as other spaces' cards are listed: two cards of one title are told apart.
          label: `Open card: ${card.title} — ${statuses[card.pos.statusId]?.name ?? 'a removed column'}`,
          perform: () => navigate(cardPath(spaceId, card.id)),
        }));
    },
    [spaceId, store],
  );
  useSearcher(searcher);
}
