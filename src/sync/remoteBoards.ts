/**
 * Board snapshots from the server (`GET /api/spaces/:spaceId/board`), for a space this device keeps none
 * of; and the early fetch of the space in the page's address, asked for as the page starts so that a
 * first visit's board downloads while the session is checked and the shell is drawn, not after them.
 */
import { isSpaceState, type SpaceState } from '../state/spaceStore.ts';

/**
 * How long an early fetch (`prefetch`) waits to be taken, ms. The page opens the space it was opened on
 * within a second or two; one taken much later (after a sign-out and another sign-in on the same page,
 * say) would be an old picture, fetched with another session.
 */
export const EARLY_FETCH_TTL_MS = 15_000;

export interface RemoteBoards {
  /** The server's snapshot (an early fetch's, once, if there is one), or null when it cannot be had. */
  fetch(spaceId: string): Promise<SpaceState | null>;
  /** Fetches `spaceId`'s snapshot now unless `keptHere` says this device has one, for `fetch` to take. */
  prefetch(spaceId: string, keptHere: () => Promise<boolean>): void;
  /** Forgets early fetches not taken. */
  clear(): void;
}

export function createRemoteBoards(serverUrl: string, fetchFn: typeof globalThis.fetch): RemoteBoards {
  async function fetchBoard(spaceId: string): Promise<SpaceState | null> {
    try {
      const url = new URL(`/api/spaces/${encodeURIComponent(spaceId)}/board`, serverUrl);
      const response = await fetchFn(url, { credentials: 'same-origin' });
      if (!response.ok) return null;
      const body: unknown = await response.json();
      return isSpaceState(body) ? body : null;
    } catch {
      return null;
    }
  }

  const early = new Map<string, { answer: Promise<SpaceState | null>; at: number }>();
  /** The early fetch of `spaceId`, once, if it is recent enough. */
  function takeEarly(spaceId: string): Promise<SpaceState | null> | null {
    const taken = early.get(spaceId);
    early.delete(spaceId);
    return taken && Date.now() - taken.at <= EARLY_FETCH_TTL_MS ? taken.answer : null;
  }

  return {
    async fetch(spaceId) {
      // An early fetch that got nothing (no session yet, the server unreachable then) is asked again.
      return (await takeEarly(spaceId)) ?? fetchBoard(spaceId);
    },
    prefetch(spaceId, keptHere) {
      if (early.has(spaceId)) return;
      const answer = keptHere().then((kept) => (kept ? null : fetchBoard(spaceId)));
      early.set(spaceId, { answer, at: Date.now() });
    },
    clear() {
      early.clear();
    },
  };
}
