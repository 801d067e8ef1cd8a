import { useEffect, useRef } from 'react';

/**
 * Calls `check` every `intervalMs` while the page is visible, and at once when the window regains focus or
 * the tab becomes visible again: a reader coming back sees what happened without waiting a whole interval,
 * and a hidden tab asks the server nothing. Does nothing while not `enabled`.
 */
export function usePolling(check: () => void, intervalMs: number, enabled: boolean): void {
  // The latest `check`, so a new closure each render neither restarts the timer nor is missed by it.
  const latest = useRef(check);
  useEffect(() => {
    latest.current = check;
  });
  useEffect(() => {
    if (!enabled) return;
    const visible = () => document.visibilityState === 'visible';
    const run = () => {
      if (visible()) latest.current();
    };
    const timer = window.setInterval(run, intervalMs);
    window.addEventListener('focus', run);
    document.addEventListener('visibilitychange', run);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', run);
      document.removeEventListener('visibilitychange', run);
    };
  }, [intervalMs, enabled]);
}
