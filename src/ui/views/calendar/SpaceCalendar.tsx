import { useCallback, useContext, useMemo, useState } from 'react';
import { useSpaceStore, type SpaceStore, useAllCards } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { FormError } from '../../common/FormError';
import { ReadOnlyContext } from '../../common/readOnly';
import { browserTimeZone } from '../flow/useFlowReport';
import { OpenCardContext } from '../kanban/boardContext';
import { useNow } from '../kanban/useNow';
import { useUndoCommands } from '../useUndoCommands';
import { useSpaceStepWords } from '../undoWords';
import { Calendar } from './Calendar';
import { shiftDates, zoneCalendar } from './calendarDates.ts';
import { spaceCalendarItems } from './spaceItems';
import { keepRangeInAddress, rangeOfSearch } from './rangeQuery';

interface SpaceCalendarProps {
  store: SpaceStore;
  actions: SpaceActions;
}

/**
 * The Calendar view of a space. Days are the browser's: a space has no time zone setting yet, and the card
 * panel edits dates in the browser's zone too, so both agree on which day a date is. A reschedule is one
 * `updateCard` that moves the shown date and shifts the other by the same number of days.
 */
export function SpaceCalendar({ store, actions }: SpaceCalendarProps) {
  const cards = useAllCards(store);
  const statuses = useSpaceStore(store, (state) => state.statuses);
  const now = useNow();
  const items = useMemo(() => spaceCalendarItems(cards, statuses, now), [cards, statuses, now]);
  const timeZone = useMemo(browserTimeZone, []);
  const readOnly = useContext(ReadOnlyContext);
  const open = useContext(OpenCardContext);
  const [error, setError] = useState<string | null>(null);
  // A reschedule is one undo step, as a drop on the board is.
  useUndoCommands(actions, setError, undefined, useSpaceStepWords(store));

  const reschedule = useCallback(
    (cardId: string, date: number) => {
      const card = store.getState().cards[cardId];
      if (!card) return;
      const dates = shiftDates(card, card.due !== null ? 'due' : 'start', date, zoneCalendar(timeZone));
      try {
        actions.updateCard({ cardId, start: dates.start, due: dates.due });
        setError(null);
      } catch (caught) {
        setError(
          `The card could not be rescheduled: ${caught instanceof Error ? caught.message : 'unknown error'}`,
        );
      }
    },
    [store, actions, timeZone],
  );

  return (
    <div className="board-area">
      <FormError message={error} />
      <Calendar
        initialRange={rangeOfSearch(window.location.search)}
        onRangeChange={keepRangeInAddress}
        items={items}
        timeZone={timeZone}
        now={now}
        onOpen={open}
        onReschedule={readOnly ? undefined : reschedule}
      />
    </div>
  );
}
