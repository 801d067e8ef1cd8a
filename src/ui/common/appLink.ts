import type { MouseEvent } from 'react';
import { navigate } from '../shell/route';

/**
 * The click handler of a link to a page of the app. The link stays a real link (open in a new tab, copy its
 * address), so a click with a modifier or another button is left to the browser; a plain click moves within
 * the app without a reload, after `before` (a panel that closes as its link is followed).
 */
export function appLinkClick(path: string, before?: () => void) {
  return (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    before?.();
    navigate(path);
  };
}
