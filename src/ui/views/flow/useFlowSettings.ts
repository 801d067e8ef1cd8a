// The Flow settings of the current address, kept in its query string. A change replaces the history entry
// rather than adding one: stepping through every date typed would make Back useless.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FlowOptions } from '../../../analytics/index.ts';
import { withKnownLabels, type CardFilter } from './cardFilter';
import {
  flowOptionsOf,
  formatFlowQuery,
  parseFlowQuery,
  type FlowSettings,
  type ParsedFlowQuery,
} from './flowQuery';
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
  /** The flow library's options for the settings, as of when the address last changed. */
  options: FlowOptions;
  /** The card filter, without labels the space does not have. */
  filter: CardFilter;
}

/** The settings in the address; `labels` are the space's, by id, to leave out a label it does not have. */
export function useFlowSettings(labels: Readonly<Record<string, unknown>>): FlowSettingsState {
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
  const options = useMemo(() => flowOptionsOf(parsed.settings, Date.now()), [parsed.settings]);
  const known = useMemo(
    () => withKnownLabels(parsed.settings.filter, labels),
    [parsed.settings.filter, labels],
  );
  const problems = useMemo(() => [...parsed.problems, ...known.problems], [parsed.problems, known.problems]);
  return { settings: parsed.settings, problems, defaultTimeZone, change, options, filter: known.filter };
}
