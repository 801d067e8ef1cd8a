// The space's flow report, computed from its whole history only when that history grew (a move or a new
// card appends an event), never per render: a space of 10,000 cards takes a noticeable moment to walk.
import { useMemo } from 'react';
import { computeFlow, flowInputFromSpace, type FlowReport } from '../../../analytics/index.ts';
import { useSpaceStore, type SpaceStore } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';

/** The browser's IANA time zone: the days of the charts are the days of the person reading them. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function useFlowReport(store: SpaceStore, actions: SpaceActions): FlowReport {
  const historyLength = useSpaceStore(store, (state) => state.historyLength);
  // Roles and board order matter too; a status edit appends no history event.
  const statuses = useSpaceStore(store, (state) => state.statuses);
  return useMemo(() => {
    const history = historyLength >= 0 ? actions.spaceHistory() : [];
    // Cards are read when the history grew: a card's title or notes do not change its flow.
    const cards = Object.values(store.getState().cards);
    const input = flowInputFromSpace({ cards, statuses: Object.values(statuses), history });
    return computeFlow(input, { asOf: Date.now(), timeZone: browserTimeZone() });
  }, [actions, store, statuses, historyLength]);
}
