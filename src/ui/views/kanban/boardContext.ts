import { createContext, useContext } from 'react';
import type { SpaceStore } from '../../../state/index.ts';

/** The open space's store, for the card wrappers that each select their own card. */
export const SpaceStoreContext = createContext<SpaceStore | null>(null);

export function useBoardStore(): SpaceStore {
  const store = useContext(SpaceStoreContext);
  if (!store) throw new Error('useBoardStore needs a SpaceStoreContext provider (the Kanban board)');
  return store;
}

/** Opens a card's panel; the board's cards call it on click and on Enter. */
export const OpenCardContext = createContext<(cardId: string) => void>(() => {});
