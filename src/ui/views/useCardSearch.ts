import { useCallback } from 'react';
import { foldForSearch, titleRank, TITLE_ORDER, type Card } from '../../domain/index.ts';
import type { SpaceStore } from '../../state/index.ts';
import { useSearcher, type Searcher } from '../commands/registry';
import { cardPath, navigate } from '../shell/route';

/** Cards offered for one query at most: the palette is for going to a card, not for browsing a space. */
export const MAX_CARD_RESULTS = 20;

// Each card version's folded title, kept while the store holds it: typing searches thousands of titles on
// every key, and folding (Unicode normalization) costs more than the comparison.
const foldedTitles = new WeakMap<Card, string>();
function foldedTitle(card: Card): string {
  let folded = foldedTitles.get(card);
  if (folded === undefined) foldedTitles.set(card, (folded = foldForSearch(card.title)));
  return folded;
}

/**
 * The open space's cards in the command palette: "Open card: <title>" for each unarchived card whose title
 * holds every word typed (in any order, any case, accents or not), the best matches first as the search
 * across spaces ranks them (`titleRank`). Reads the store only when the palette asks.
 */
export function useCardSearch(spaceId: string, store: SpaceStore | null): void {
  const searcher = useCallback<Searcher>(
    (words) => {
      if (!store) return [];
      const found: Array<{ card: Card; rank: number }> = [];
      for (const card of Object.values(store.getState().cards)) {
        if (card.archived) continue;
        const rank = titleRank(foldedTitle(card), words);
        if (rank !== null) found.push({ card, rank });
      }
      return found
        .sort((a, b) => a.rank - b.rank || TITLE_ORDER.compare(a.card.title, b.card.title))
        .slice(0, MAX_CARD_RESULTS)
        .map(({ card }) => ({
          id: `card:${card.id}`,
          label: `Open card: ${card.title}`,
          perform: () => navigate(cardPath(spaceId, card.id)),
        }));
    },
    [spaceId, store],
  );
  useSearcher(searcher);
}
