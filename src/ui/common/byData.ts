/**
 * The first element under `root` whose `data-*` attribute (`name` in dataset form, e.g. `cardKey` for
 * `data-card-key`) equals `value`. The browser matches the escaped value itself; where `CSS.escape` is
 * missing (jsdom) every element with the attribute is compared as a value instead.
 */
export function byData(root: ParentNode, name: string, value: string): HTMLElement | null {
  const attribute = `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') {
    return root.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(value)}"]`);
  }
  for (const element of root.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
    if (element.dataset[name] === value) return element;
  }
  return null;
}

/**
 * Focuses what `find` returns after the next paint, looking again for a few frames while it is not there
 * yet (a view coming back from under a closed panel may draw its items a frame or two later).
 */
export function focusSoon(
  find: () => HTMLElement | null,
  frames = 10,
  /** Where the focus goes when `find` finds nothing in time. */
  fallback: () => HTMLElement | null = () => null,
): void {
  requestAnimationFrame(() => {
    const element = find();
    if (element) element.focus();
    else if (frames > 1) focusSoon(find, frames - 1, fallback);
    else fallback()?.focus();
  });
}

/** The `data-*` names that say which item an element shows: a card, a calendar entry, a MySpace mirror. */
const ITEM_KEYS = ['cardId', 'entryId', 'cardKey'] as const;

/**
 * A way to find the item `element` shows again after a change redraws it elsewhere (an undo sends a card
 * back to its column: a new element), or null when it shows no item.
 */
export function refinder(element: Element | null): (() => HTMLElement | null) | null {
  if (!(element instanceof HTMLElement)) return null;
  for (const key of ITEM_KEYS) {
    const value = element.dataset[key];
    if (value !== undefined) return () => byData(document, key, value);
  }
  return null;
}

/** Whether `element` shows the same item as `shown` (an item redrawn elsewhere is a new element). */
export function showsSameItem(element: EventTarget | null, shown: Element | null): boolean {
  if (!(element instanceof HTMLElement) || !(shown instanceof HTMLElement)) return false;
  return ITEM_KEYS.some(
    (key) => shown.dataset[key] !== undefined && element.dataset[key] === shown.dataset[key],
  );
}
