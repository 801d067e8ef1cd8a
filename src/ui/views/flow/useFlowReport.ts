// The space's flow report, computed from its whole history only when that history grew (a move or a new
// card appends an event) or the settings changed, never per render: a space of 10,000 cards takes a
// noticeable moment to walk.
import { useMemo } from 'react';
import {
  computeFlow,
  flowInputFromSpace,
  type FlowOptions,
  type FlowReport,
} from '../../../analytics/index.ts';
import { useSpaceStore, type SpaceStore } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { filterSpace, isFiltering, NO_FILTER, type CardFilter } from './cardFilter';

/** The browser's IANA time zone: the days of the charts are the days of the person reading them. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The report for `options` (time zone, calendar, window) over the cards `filter` picks, as of the moment it
 * is computed; the browser's zone, all history and every card without them. A window the library refuses
 * (one ending before the first card) falls back to all history, with the library's reason added to the
 * report's `issues`.
 */
export function useFlowReport(
  store: SpaceStore,
  actions: SpaceActions,
  options?: Omit<FlowOptions, 'asOf'>,
  filter: CardFilter = NO_FILTER,
): FlowReport {
  const historyLength = useSpaceStore(store, (state) => state.historyLength);
  // Roles and board order matter too; a status edit appends no history event.
  const statuses = useSpaceStore(store, (state) => state.statuses);
  // Without a filter a card's title, labels or notes do not change its flow, so cards are read only when
  // the history grew; with one, an edit can move a card in or out of the charts.
  const filtering = isFiltering(filter);
  const cardsVersion = useSpaceStore(store, (state) => (filtering ? state.cardsVersion : null));
  return useMemo(() => {
    const all = historyLength >= 0 ? actions.spaceHistory() : [];
    const picked = filterSpace(Object.values(store.getState().cards), all, filter);
    const input = flowInputFromSpace({ ...picked, statuses: Object.values(statuses) });
    const asOf = Date.now();
    const chosen = { timeZone: browserTimeZone(), ...options, asOf };
    try {
      return computeFlow(input, chosen);
    } catch (error) {
      const report = computeFlow(input, { asOf, timeZone: chosen.timeZone, working: chosen.working });
      const reason = error instanceof Error ? error.message : String(error);
      report.issues.push(`The chosen window could not be used (${reason}); all history is shown.`);
      return report;
    }
  }, [actions, store, statuses, historyLength, options, filter, cardsVersion]);
}
