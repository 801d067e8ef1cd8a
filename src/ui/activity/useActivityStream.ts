import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import { fetchActivity, type ActivityEntry, type ActivityFilters } from './activityApi.ts';

export type StreamState =
  | { state: 'loading' }
  | { state: 'error'; message: string; offline: boolean }
  | { state: 'ready'; events: ActivityEntry[]; next: number | null; more: 'idle' | 'loading' | string };

function failure(error: unknown): { message: string; offline: boolean } {
  if (error instanceof ApiError) return { message: error.message, offline: error.code === 'network' };
  return { message: 'Something went wrong while reading the activity.', offline: false };
}

/**
 * The stream for `filters`, a page at a time. Changing the filters starts again from the first page; an
 * answer for filters no longer current is dropped, so a slow page never lands under newer filters. Asks
 * nothing while not `enabled` (offline).
 */
export function useActivityStream(filters: ActivityFilters, enabled = true) {
  const [stream, setStream] = useState<StreamState>({ state: 'loading' });
  const generation = useRef(0);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const mine = ++generation.current;
    setStream({ state: 'loading' });
    // Offline there is nothing to ask; the stream loads when the server is back.
    if (!enabled) return;
    fetchActivity(filters, null).then(
      (page) => {
        if (mine === generation.current)
          setStream({ state: 'ready', events: page.events, next: page.next, more: 'idle' });
      },
      (error: unknown) => {
        if (mine === generation.current) setStream({ state: 'error', ...failure(error) });
      },
    );
  }, [filters, attempt, enabled]);

  const loadMore = useCallback(() => {
    if (stream.state !== 'ready' || stream.next === null || stream.more === 'loading') return;
    const mine = generation.current;
    const before = stream.next;
    setStream({ ...stream, more: 'loading' });
    fetchActivity(filters, before).then(
      (page) => {
        if (mine !== generation.current) return;
        setStream((prev) =>
          prev.state === 'ready'
            ? { state: 'ready', events: [...prev.events, ...page.events], next: page.next, more: 'idle' }
            : prev,
        );
      },
      (error: unknown) => {
        if (mine !== generation.current) return;
        setStream((prev) => (prev.state === 'ready' ? { ...prev, more: failure(error).message } : prev));
      },
    );
  }, [stream, filters]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { stream, loadMore, retry };
}
