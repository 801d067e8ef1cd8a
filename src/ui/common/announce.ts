/**
 * Says a short message to screen readers through one polite live region of the page, for what happens
 * without a visible change near the focus: an undo puts a card back elsewhere on the board, say. dnd-kit
 * keeps its own region for drags. The region is a plain live region (no `status` role), so it is not
 * mistaken for a view's own status line.
 */
let region: HTMLElement | null = null;

export function announce(message: string): void {
  if (typeof document === 'undefined') return;
  if (region === null || !region.isConnected) {
    region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.dataset.announcer = '';
    document.body.append(region);
  }
  const target = region;
  // The same words twice in a row are said twice: emptied first, filled in a later task.
  target.textContent = '';
  setTimeout(() => {
    target.textContent = message;
  }, 50);
}
