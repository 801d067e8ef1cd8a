/**
 * The page's button of its current view (a space's Board, Flow…; MySpace's Sections, Eisenhower…): where
 * the focus goes when what had it is gone, such as a card closed after it left the view.
 */
export function currentViewButton(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.view-switch [aria-pressed="true"]');
}
