import { createContext, useContext } from 'react';
import { createStore, type StoreApi } from 'zustand';
import type { SpaceStore } from '../../../state/index.ts';
import { createTabStops, type TabStops } from '../../common/tabStops';
import { DragHandles } from './dragHandles';

/** The open space's store, for the card wrappers that each select their own card. */
export const SpaceStoreContext = createContext<SpaceStore | null>(null);

export function useBoardStore(): SpaceStore {
  const store = useContext(SpaceStoreContext);
  if (!store) throw new Error('useBoardStore needs a SpaceStoreContext provider (the Kanban board)');
  return store;
}

/** Opens a card's panel; the board's cards call it on click and on Enter. */
export const OpenCardContext = createContext<(cardId: string) => void>(() => {});

/** What every card of a board shares for dragging (see `SortableCard`) and for the keyboard. */
export interface CardDragShared {
  /**
   * The card (or column grip, by its `statusDragId`) a hand or a key last reached for (a press or a key on
   * it): it keeps dnd-kit's hooks even outside the column a drag is in, so it can be lifted.
   */
  reached: StoreApi<{ cardId: string | null }>;
  /** Where the drawn cards and columns meet their dnd-kit bindings (see `dragHandles.ts`). */
  handles: DragHandles;
  /** The id of the hidden text telling a keyboard user how to move a card. */
  instructionsId: string;
  /**
   * Each column's card that Tab stops at, by status id: the one last focused there. A column is one stop
   * for Tab, as a grid is (the arrows go from card to card, `common/cardFocusKeys.ts`), not one stop per
   * card: reaching the third column took some thirty presses. A column whose remembered card is gone, or not
   * drawn in a long column, stops at its first card in view.
   */
  tabStops: TabStops;
}

/** A board's shared drag state: nothing reached for yet, no card focused yet. */
export function createCardDragShared(instructionsId: string): CardDragShared {
  return {
    reached: createStore(() => ({ cardId: null })),
    handles: new DragHandles(),
    instructionsId,
    tabStops: createTabStops(),
  };
}

/** The id of the hidden text a board's column grips are described by, beside its cards' (`instructionsId`). */
export function columnInstructionsId(instructionsId: string): string {
  return `${instructionsId}-column`;
}

export const CardDragContext = createContext<CardDragShared | null>(null);

export function useCardDrag(): CardDragShared {
  const shared = useContext(CardDragContext);
  if (!shared) throw new Error('useCardDrag needs a CardDragContext provider (the Kanban board)');
  return shared;
}
