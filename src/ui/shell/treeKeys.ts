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
    for (const candidate of visible) candidate.tabIndex = candidate === next ? 0 : -1;
    next.focus();
  }
}
