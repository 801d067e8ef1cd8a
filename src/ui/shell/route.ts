// The app's routes live in the URL so a space can be bookmarked, shared and reloaded. The server answers
// every non-API path with index.html, so the browser's history is the only router needed.
import { useSyncExternalStore } from 'react';
import { ACTIVITY_PATH, SPACE_PATH } from './routePattern.ts';

/** What a space page shows: its Kanban board, its flow charts or its timeline. */
export type SpaceView = 'board' | 'flow' | 'timeline';

export type Route =
  | { name: 'home' }
  | { name: 'space'; spaceId: string; cardId: string | null; view: SpaceView }
  /** What happened in the reader's spaces. */
  | { name: 'activity' }
  /** An address the app does not have (a mistyped or outdated link). */
  | { name: 'not-found'; pathname: string };

export function parseRoute(pathname: string): Route {
  const space = SPACE_PATH.exec(pathname);
  if (space?.[1]) {
    return {
      name: 'space',
      spaceId: space[1],
      cardId: space[2] ?? null,
      view: (space[3] as SpaceView | undefined) ?? 'board',
    };
  }
  if (pathname === '/' || pathname === '') return { name: 'home' };
  if (ACTIVITY_PATH.test(pathname)) return { name: 'activity' };
  return { name: 'not-found', pathname };
}

export function spacePath(spaceId: string): string {
  return `/space/${encodeURIComponent(spaceId)}`;
}

/** A space's flow charts. */
export function flowPath(spaceId: string): string {
  return `${spacePath(spaceId)}/flow`;
}

/** A space's timeline: its dated cards on a date axis. */
export function timelinePath(spaceId: string): string {
  return `${spacePath(spaceId)}/timeline`;
}

/** A card's panel over its space's board. */
export function cardPath(spaceId: string, cardId: string): string {
  return `${spacePath(spaceId)}/card/${encodeURIComponent(cardId)}`;
}

/** The activity stream across the reader's spaces. */
export const ACTIVITY_PAGE = '/activity';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Goes to `path` as a new history entry (Back returns), without reloading the page. */
export function navigate(path: string): void {
  if (window.location.pathname === path) return;
  window.history.pushState(null, '', path);
  for (const listener of [...listeners]) listener();
}

/** The current path; re-renders on navigate() and on Back/Forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
