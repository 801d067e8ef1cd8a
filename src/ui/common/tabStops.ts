/**
 * A board's Tab stops: each card list is one stop for Tab, as a grid is (the arrows go from card to card,
 * `cardFocusKeys.ts`), not one stop per card. The store holds, by list key, the card last focused in that
 * list; that card has `tabIndex` 0 and the list's others -1.
 */
import { createStore, useStore, type StoreApi } from 'zustand';

export type TabStops = StoreApi<Record<string, string>>;

/** A board's Tab stops before any card was focused: every list stops at its first card. */
export function createTabStops(): TabStops {
  return createStore<Record<string, string>>(() => ({}));
}

/**
 * The card of `drawn` (a list's cards as drawn) that Tab stops at, given the one last focused there;
 * without one, `first` (the first card in view; a long list draws a few above it).
 */
export function tabStopOf(
  drawn: readonly string[],
  remembered: string | undefined,
  first: string | undefined = drawn[0],
): string | undefined {
  return remembered !== undefined && drawn.includes(remembered) ? remembered : first;
}

/**
 * The `tabIndex` of a control inside a card (a button, a select): in the Tab order only while its card is
 * its list's Tab stop, so Tab leaves a list after that card's controls rather than going through every
 * card's. Focused in another way (a click, a script), the control makes its card the stop.
 */
export function controlTabIndex(cardIsTabStop: boolean): -1 | undefined {
  return cardIsTabStop ? undefined : -1;
}

/** The key of the card of `drawn` that Tab stops at in the list `listKey` of `tabStops`. */
export function useTabStop(
  tabStops: TabStops,
  listKey: string,
  drawn: readonly string[],
  first?: string,
): string | undefined {
  const remembered = useStore(tabStops, (stops) => stops[listKey]);
  return tabStopOf(drawn, remembered, first !== undefined && drawn.includes(first) ? first : drawn[0]);
}
