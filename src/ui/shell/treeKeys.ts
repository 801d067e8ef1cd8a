import type { KeyboardEvent } from 'react';

/**
 * Keyboard of an ARIA tree (one tab stop; arrows move between the visible items; Right/Left open and
 * close; Home/End jump), read from the DOM so items of any depth need no registry.
 */
export function onTreeKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const tree = event.currentTarget;
  const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
  // Keys typed into a control inside an item (its menu, its rename field) are that control's.
  if (!item || event.target !== item) return;
  const visible = [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')].filter(
    (candidate) => !candidate.parentElement?.closest('[role="group"][hidden]'),
  );
  const index = visible.indexOf(item);
  const expanded = item.getAttribute('aria-expanded');
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowDown':
      next = visible[index + 1];
      break;
    case 'ArrowUp':
      next = visible[index - 1];
      break;
    case 'Home':
      next = visible[0];
      break;
    case 'End':
      next = visible[visible.length - 1];
      break;
    case 'ArrowRight':
      if (expanded === 'false') item.click();
      else if (expanded === 'true') next = visible[index + 1];
      break;
    case 'ArrowLeft':
      if (expanded === 'true') item.click();
      else next = item.parentElement?.closest<HTMLElement>('[role="treeitem"]') ?? undefined;
      break;
    case 'Enter':
    case ' ':
      item.click();
      break;
    default:
      return;
  }
  event.preventDefault();
  event.stopPropagation();
  if (next) {
    makeTabStop(tree, next);
    next.focus();
  }
}

/** Makes `item` the tree's one tab stop (the item Tab comes back to). */
export function makeTabStop(tree: HTMLElement, item: HTMLElement): void {
  for (const candidate of tree.querySelectorAll<HTMLElement>('[role="treeitem"]')) {
    candidate.tabIndex = candidate === item ? 0 : -1;
  }
}

/**
 * Keeps `tree` reachable with Tab: whatever takes the focus inside it (a click, focus put back after an
 * action) becomes the tab stop, and when the tab stop leaves the tree (its item archived) the first item
 * takes over. Returns the function that stops.
 */
export function keepTabStop(tree: HTMLElement): () => void {
  const onFocusIn = (event: FocusEvent) => {
    const item = event.target instanceof HTMLElement ? event.target : null;
    if (item?.getAttribute('role') === 'treeitem') makeTabStop(tree, item);
  };
  const ensure = () => {
    if (tree.querySelector('[role="treeitem"][tabindex="0"]')) return;
    const first = tree.querySelector<HTMLElement>('[role="treeitem"]');
    if (first) first.tabIndex = 0;
  };
  const observer = new MutationObserver(ensure);
  observer.observe(tree, { childList: true, subtree: true });
  tree.addEventListener('focusin', onFocusIn);
  ensure();
  return () => {
    observer.disconnect();
    tree.removeEventListener('focusin', onFocusIn);
  };
}
