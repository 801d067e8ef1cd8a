// The Flow settings of the current address, kept in its query string. A change replaces the history entry
// rather than adding one: stepping through every date typed would make Back useless.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatFlowQuery, parseFlowQuery, type FlowSettings, type ParsedFlowQuery } from './flowQuery';
import { browserTimeZone } from './useFlowReport';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export interface FlowSettingsState extends ParsedFlowQuery {
  /** The browser's time zone, the default of `settings.timeZone`. */
  defaultTimeZone: string;
  /** Writes `settings` into the address and re-renders every reader. */
  change: (settings: FlowSettings) => void;
}

export function useFlowSettings(): FlowSettingsState {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  const defaultTimeZone = useMemo(browserTimeZone, []);
  // "Today" is read when the address changes; a view left open over midnight rolls on the next change.
  const parsed = useMemo(
    () => parseFlowQuery(search, defaultTimeZone, Date.now()),
    [search, defaultTimeZone],
  );
  const change = useCallback(
    (settings: FlowSettings) => {
      const query = formatFlowQuery(settings, defaultTimeZone);
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}`);
      for (const listener of [...listeners]) listener();
    },
    [defaultTimeZone],
  );
  return { ...parsed, defaultTimeZone, change };
}
