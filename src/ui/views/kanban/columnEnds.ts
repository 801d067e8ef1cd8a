/**
 * How a long column brings its first or last card into view: through its virtualizer, which knows where
 * cards it has not drawn will be. A plain column has every card drawn and registers nothing.
 */
export type ShowEnd = (which: 'first' | 'last') => string | null;

const showEnds = new WeakMap<HTMLElement, ShowEnd>();

/** Registers `show` for the list element `list`; call the returned function when the list goes. */
export function registerColumnEnds(list: HTMLElement, show: ShowEnd): () => void {
  showEnds.set(list, show);
  return () => {
    if (showEnds.get(list) === show) showEnds.delete(list);
  };
}

/** Scrolls `list` to its first or last card if it is a long column; returns that card's id, or null. */
export function showColumnEnd(list: HTMLElement, which: 'first' | 'last'): string | null {
  return showEnds.get(list)?.(which) ?? null;
}
