import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import { fetchActivity, type ActivityEntry, type ActivityFilters } from './activityApi.ts';
import { entriesAbove, newestSeq } from './newEntries.ts';
import { usePolling } from './usePolling.ts';

export type StreamState =
  | { state: 'loading' }
  | { state: 'error'; message: string; offline: boolean }
  | {
      state: 'ready';
      events: ActivityEntry[];
      next: number | null;
      more: 'idle' | 'loading' | string;
      /** New entries held back while the reader was scrolled down, newest first: shown on request. */
      waiting: ActivityEntry[];
    };

/** How often a stream on screen asks the server what arrived, ms. */
export const REFRESH_MS = 4_000;
/** Pages of new entries one refresh reads; past that the stream starts again from its first page. */
const CATCH_UP_PAGES = 10;

function failure(error: unknown): { message: string; offline: boolean } {
  if (error instanceof ApiError) return { message: error.message, offline: error.code === 'network' };
  return { message: 'Something went wrong while reading the activity.', offline: false };
}

/**
 * The stream for `filters`, a page at a time, kept live: while it is on screen it asks every few seconds
 * (and when the window regains focus) for what arrived since its newest entry. New entries go on top at
 * once when `follow()` says the reader is at the top; otherwise they wait in `waiting` until
 * `showWaiting()`, so nothing moves under a reader who has scrolled. Changing the filters starts again from
 * the first page; an answer for filters no longer current is dropped, so a slow page never lands under
 * newer filters. Asks nothing while not `enabled` (offline).
 */
export function useActivityStream(
  filters: ActivityFilters,
  enabled = true,
  follow: () => boolean = () => true,
) {
  const [stream, setStream] = useState<StreamState>({ state: 'loading' });
  const generation = useRef(0);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(stream);
  const following = useRef(follow);
  useEffect(() => {
    latest.current = stream;
    following.current = follow;
  });

  // The cursor of the next page while it is being fetched. The list's end coming into view and the button
  // can both ask for it before the page has re-rendered: the second ask must not fetch it again.
  const fetchingBefore = useRef<number | null>(null);

  useEffect(() => {
    const mine = ++generation.current;
    fetchingBefore.current = null;
    setStream({ state: 'loading' });
    // Offline there is nothing to ask; the stream loads when the server is back.
    if (!enabled) return;
    fetchActivity(filters, null).then(
      (page) => {
        if (mine === generation.current)
          setStream({ state: 'ready', events: page.events, next: page.next, more: 'idle', waiting: [] });
      },
      (error: unknown) => {
        if (mine === generation.current) setStream({ state: 'error', ...failure(error) });
      },
    );
  }, [filters, attempt, enabled]);

  const loadMore = useCallback(() => {
    if (stream.state !== 'ready' || stream.next === null || stream.more === 'loading') return;
    const before = stream.next;
    if (fetchingBefore.current === before) return;
    fetchingBefore.current = before;
    const mine = generation.current;
    setStream((prev) => (prev.state === 'ready' ? { ...prev, more: 'loading' } : prev));
    fetchActivity(filters, before).then(
      (page) => {
        if (mine !== generation.current) return;
        fetchingBefore.current = null;
        setStream((prev) =>
          prev.state === 'ready' && prev.next === before
            ? { ...prev, events: [...prev.events, ...page.events], next: page.next, more: 'idle' }
            : prev,
        );
      },
      (error: unknown) => {
        if (mine !== generation.current) return;
        fetchingBefore.current = null;
        setStream((prev) => (prev.state === 'ready' ? { ...prev, more: failure(error).message } : prev));
      },
    );
  }, [stream, filters]);

  // One refresh at a time: a slow answer is never overtaken by the next tick asking the same again.
  const refreshing = useRef(false);
  const refresh = useCallback(async () => {
    const current = latest.current;
    if (current.state !== 'ready' || refreshing.current) return;
    const mine = generation.current;
    const after = newestSeq(current.waiting, current.events);
    refreshing.current = true;
    try {
      // More than a page may have arrived: page down from the top to the cursor, leaving no gap.
      const fresh: ActivityEntry[] = [];
      let before: number | null = null;
      for (let pages = 0; ; pages++) {
        if (pages === CATCH_UP_PAGES) {
          // So much arrived that the reader is better served by the stream read afresh.
          if (mine === generation.current) setAttempt((n) => n + 1);
          return;
        }
        const page = await fetchActivity(filters, before, after);
        fresh.push(...page.events);
        if (page.next === null) break;
        before = page.next;
      }
      if (mine !== generation.current || fresh.length === 0) return;
      const atTop = following.current();
      setStream((prev) => {
        if (prev.state !== 'ready') return prev;
        const above = entriesAbove([...prev.waiting, ...prev.events], fresh);
        if (above.length === 0) return prev;
        return atTop
          ? { ...prev, events: [...above, ...prev.waiting, ...prev.events], waiting: [] }
          : { ...prev, waiting: [...above, ...prev.waiting] };
      });
    } catch {
      // A refresh that fails changes nothing on screen; the next tick asks again.
    } finally {
      refreshing.current = false;
    }
  }, [filters]);
  usePolling(() => void refresh(), REFRESH_MS, enabled && stream.state === 'ready');

  const showWaiting = useCallback(
    () =>
      setStream((prev) =>
        prev.state === 'ready' && prev.waiting.length > 0
          ? { ...prev, events: [...prev.waiting, ...prev.events], waiting: [] }
          : prev,
      ),
    [],
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { stream, loadMore, retry, showWaiting };
}
