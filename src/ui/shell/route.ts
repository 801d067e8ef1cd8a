// The app's routes live in the URL so a space can be bookmarked, shared and reloaded. The server answers
// every non-API path with index.html, so the browser's history is the only router needed.
import { useSyncExternalStore } from 'react';
import { ACTIVITY_PATH, MYSPACE_PATH, SPACE_PATH } from './routePattern.ts';

/** What a space page shows: its Kanban board, its flow charts, its calendar or its timeline. */
export type SpaceView = 'board' | 'flow' | 'calendar' | 'timeline';

export type Route =
  | { name: 'home' }
  | { name: 'space'; spaceId: string; cardId: string | null; view: SpaceView }
  /** What happened in the reader's spaces. */
  | { name: 'activity' }
  /** The user's MySpace, with the panel of a mirrored card (its space and card ids) or none. */
  | { name: 'myspace'; card: { spaceId: string; cardId: string } | null }
  /** An address the app does not have (a mistyped or outdated link). */
  | { name: 'not-found'; pathname: string };

export function parseRoute(pathname: string): Route {
  const space = SPACE_PATH.exec(pathname);
  if (space?.[1]) {
    return { name: 'space', spaceId: space[1], cardId: space[3] ?? null, view: viewOf(space[2]) };
  }
  if (pathname === '/' || pathname === '') return { name: 'home' };
  if (ACTIVITY_PATH.test(pathname)) return { name: 'activity' };
  const mySpace = MYSPACE_PATH.exec(pathname);
  if (mySpace) {
    const [, spaceId, cardId] = mySpace;
    return { name: 'myspace', card: spaceId && cardId ? { spaceId, cardId } : null };
  }
  return { name: 'not-found', pathname };
}

function viewOf(segment: string | undefined): SpaceView {
  return segment === 'flow' || segment === 'calendar' || segment === 'timeline' ? segment : 'board';
}

export function spacePath(spaceId: string): string {
  return `/space/${encodeURIComponent(spaceId)}`;
}

/** A space's flow charts. */
export function flowPath(spaceId: string): string {
  return `${spacePath(spaceId)}/flow`;
}

/** A space's calendar. */
export function calendarPath(spaceId: string): string {
  return `${spacePath(spaceId)}/calendar`;
}

/** A space's timeline: its dated cards on a date axis. */
export function timelinePath(spaceId: string): string {
  return `${spacePath(spaceId)}/timeline`;
}

/** One view of a space: the board is the space's own address, the others a segment after it. */
export function viewPath(spaceId: string, view: SpaceView): string {
  return view === 'board' ? spacePath(spaceId) : `${spacePath(spaceId)}/${view}`;
}

/** A card's panel over a view of its space (the board unless said), which shows again when it closes. */
export function cardPath(spaceId: string, cardId: string, view: SpaceView = 'board'): string {
  return `${viewPath(spaceId, view)}/card/${encodeURIComponent(cardId)}`;
}

/** The activity stream across the reader's spaces. */
export const ACTIVITY_PAGE = '/activity';

/** One person's stream: what they did in the reader's spaces. */
export function personActivityPath(userId: string): string {
  return `${ACTIVITY_PAGE}?person=${encodeURIComponent(userId)}`;
}

/** MySpace. */
export const MYSPACE_PAGE = '/myspace';

/** A mirrored card's panel over MySpace. */
export function mySpaceCardPath(spaceId: string, cardId: string): string {
  return `${MYSPACE_PAGE}/card/${encodeURIComponent(spaceId)}/${encodeURIComponent(cardId)}`;
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * Goes to `path` as a new history entry (Back returns), without reloading the page. A path without a
 * `?query` that is already shown keeps the page's query (the Flow view's settings); one with a query
 * goes there unless that exact address is shown.
 */
export function navigate(path: string): void {
  const { pathname, search } = window.location;
  if ((path.includes('?') ? pathname + search : pathname) === path) return;
  window.history.pushState(null, '', path);
  for (const listener of [...listeners]) listener();
}

/**
 * Puts `path` in place of the current entry: for state a page keeps in its query (filters), so a link or a
 * reload shows the same, while Back still leaves the page rather than undoing each filter change.
 */
export function replacePath(path: string): void {
  if (window.location.pathname + window.location.search === path) return;
  window.history.replaceState(null, '', path);
  for (const listener of [...listeners]) listener();
}

/** The current path; re-renders on navigate() and on Back/Forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The current query string (`?view=…` or ''); re-renders on navigate() and on Back/Forward. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}
