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

/** The browser's IANA time zone: the days of the charts are the days of the person reading them. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The report for `options` (time zone, calendar, window), as of the moment it is computed; the browser's
 * zone and all history without options. A window the library refuses (one ending before the space's first
 * card) falls back to all history, with the library's reason added to the report's `issues`.
 */
export function useFlowReport(
  store: SpaceStore,
  actions: SpaceActions,
  options?: Omit<FlowOptions, 'asOf'>,
): FlowReport {
  const historyLength = useSpaceStore(store, (state) => state.historyLength);
  // Roles and board order matter too; a status edit appends no history event.
  const statuses = useSpaceStore(store, (state) => state.statuses);
  return useMemo(() => {
    const history = historyLength >= 0 ? actions.spaceHistory() : [];
    // Cards are read when the history grew: a card's title or notes do not change its flow.
    const cards = Object.values(store.getState().cards);
    const input = flowInputFromSpace({ cards, statuses: Object.values(statuses), history });
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
  }, [actions, store, statuses, historyLength, options]);
}
