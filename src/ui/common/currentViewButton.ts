/**
 * The page's button of its current view (a space's Board, Flow…; MySpace's Sections, Eisenhower…): where
 * the focus goes when what had it is gone, such as a card closed after it left the view. Marked by
 * `data-view-switch`: the Timeline's zoom and the Calendar's range are button groups of the same look.
 */
export function currentViewButton(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-view-switch] [aria-pressed="true"]');
}
