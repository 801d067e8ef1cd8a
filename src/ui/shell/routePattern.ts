// The app's page paths, shared by the router and the service worker's navigation fallback (vite.config.ts),
// so a path the app can show is exactly a path the service worker answers with the app while offline.

/**
 * `/space/<spaceId>`, `/space/<spaceId>/card/<cardId>`, `/space/<spaceId>/flow` and
 * `/space/<spaceId>/timeline`; ids as in `src/domain/docNames.ts`. Groups: 1 the space id, 2 the card id,
 * 3 the view.
 */
export const SPACE_PATH =
  /^\/space\/([A-Za-z0-9_-]{1,64})(?:\/card\/([A-Za-z0-9_-]{1,64})|\/(flow|timeline))?\/?$/;

/** `/activity`: the reader's activity stream across their spaces. */
export const ACTIVITY_PATH = /^\/activity\/?$/;
