import { useCallback } from 'react';
import type { SpaceStore } from '../../state/index.ts';
import type { Command } from '../commands/command';
import { useSearcher, type Searcher } from '../commands/registry';
import { cardPath, navigate } from '../shell/route';

/** Cards offered for one query at most: the palette is for going to a card, not for browsing a space. */
export const MAX_CARD_RESULTS = 20;

/**
 * The open space's cards in the command palette: "Open card: <title>" for each unarchived card whose title
 * holds every word typed (in any order, any case). Reads the store only when the palette asks.
 */
export function useCardSearch(spaceId: string, store: SpaceStore | null): void {
  const searcher = useCallback<Searcher>(
    (words) => {
      if (!store) return [];
      const found: Command[] = [];
      for (const card of Object.values(store.getState().cards)) {
        if (card.archived) continue;
        const title = card.title.toLowerCase();
        if (!words.every((word) => title.includes(word))) continue;
        found.push({
          id: `card:${card.id}`,
          label: `Open card: ${card.title}`,
          perform: () => navigate(cardPath(spaceId, card.id)),
        });
        if (found.length === MAX_CARD_RESULTS) break;
      }
      return found;
    },
    [spaceId, store],
  );
  useSearcher(searcher);
}
