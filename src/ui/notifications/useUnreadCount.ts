import { useCallback, useEffect, useState } from 'react';
import { fetchUnreadState, type UnreadState } from './notificationsApi.ts';
import { useServerReachable } from './useServerReachable.ts';

/** How often the count is asked for while the page is visible, in ms. */
export const UNREAD_POLL_MS = 10_000;

/**
 * The number of unread notifications on the server (and the newest one's id, which changes when a newer
 * notification replaces an unread one without changing the count), kept fresh: asked every {@link UNREAD_POLL_MS} while
 * the page is visible, at once when the window regains focus or becomes visible or the server is reached
 * again, and on `refresh`. Not asked while the server cannot be reached: the last count stays (null until
 * the first answer).
 */
export function useUnreadCount(): { count: number | null; latest: number | null; refresh: () => void } {
  const [state, setState] = useState<UnreadState | null>(null);
  const reachable = useServerReachable();
  const refresh = useCallback(() => {
    if (reachable) fetchUnreadState().then(setState, () => {});
  }, [reachable]);
  useEffect(() => {
    refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, UNREAD_POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);
  return { count: state?.unread ?? null, latest: state?.latest ?? null, refresh };
}
