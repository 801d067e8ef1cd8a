import { createContext, useContext, useState, type ReactNode } from 'react';
import { moveCardFocus, rememberTabStop, type CardGrid } from '../common/cardFocusKeys';
import { createTabStops, useTabStop, type TabStops } from '../common/tabStops';

/** The attribute of a MySpace card list, valued with its key: a section's id, `inbox`, a group's key. */
const LIST_ATTRIBUTE = 'data-card-list';

/** How the focus keys read MySpace's boards: lists by their key, mirrors and inbox cards by feed key. */
const MIRROR_GRID: CardGrid = { list: LIST_ATTRIBUTE, card: 'data-card-key' };

const TabStopsContext = createContext<TabStops | null>(null);

/** The attribute marking a list element as the card list `listKey` of a MySpace board. */
export function cardListData(listKey: string): Record<string, string> {
  return { [LIST_ATTRIBUTE]: listKey };
}

/**
 * The feed key of the card of `keys` (a list's cards, in order) that Tab stops at in the list `listKey`:
 * the one last focused there, or the first.
 */
export function useCardListTabStop(listKey: string, keys: readonly string[]): string | undefined {
  const tabStops = useContext(TabStopsContext);
  if (!tabStops) throw new Error('useCardListTabStop needs a MirrorBoard around the list');
  return useTabStop(tabStops, listKey, keys);
}

/**
 * A MySpace board (the sections with the inbox, or a grouped view) as the space board is for the keyboard
 * (`common/cardFocusKeys.ts`): while nothing is lifted the arrows go from card to card, Home and End to a
 * list's ends, and each list is one Tab stop, at the card last focused there.
 */
export function MirrorBoard({
  className,
  lifted = false,
  children,
}: {
  className: string;
  /** Whether a card is lifted by a drag: then the arrows are dnd-kit's, which moves it. */
  lifted?: boolean;
  children: ReactNode;
}) {
  const [tabStops] = useState(createTabStops);
  return (
    <TabStopsContext.Provider value={tabStops}>
      <div
        className={className}
        onKeyDown={(event) => {
          if (!lifted) moveCardFocus(event.nativeEvent, event.currentTarget, MIRROR_GRID);
        }}
        // A card focused in any way (Tab, the arrows, a click, a drop) becomes its list's Tab stop, so Tab
        // and Shift+Tab leave the list from the card that has the focus.
        onFocus={(event) => rememberTabStop(tabStops, MIRROR_GRID, event.target)}
      >
        {children}
      </div>
    </TabStopsContext.Provider>
  );
}
