// The app's page paths, shared by the router and the service worker's navigation fallback (vite.config.ts),
// so a path the app can show is exactly a path the service worker answers with the app while offline.

/**
 * `/space/<spaceId>` (the board), `/space/<spaceId>/flow`, `/calendar` or `/timeline` (its other views), each
 * optionally followed by `/card/<cardId>` (that card's panel over the view); ids as in
 * `src/domain/docNames.ts`. Groups: 1 the space id, 2 the view, 3 the card id.
 */
export const SPACE_PATH =
  /^\/space\/([A-Za-z0-9_-]{1,64})(?:\/(flow|calendar|timeline))?(?:\/card\/([A-Za-z0-9_-]{1,64}))?\/?$/;

/** `/activity`: the reader's activity stream across their spaces. */
export const ACTIVITY_PATH = /^\/activity\/?$/;

/**
 * `/myspace` and `/myspace/card/<spaceId>/<cardId>` (a mirrored card's panel over MySpace). Groups: 1 the
 * space id, 2 the card id.
 */
export const MYSPACE_PATH = /^\/myspace(?:\/card\/([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_-]{1,64}))?\/?$/;
