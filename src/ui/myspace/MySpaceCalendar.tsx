import { useCallback, useMemo, useState } from 'react';
import { liveSummary, type MirrorItem } from '../../domain/index.ts';
import { FormError } from '../common/FormError';
import { Calendar } from '../views/calendar/Calendar';
import { shiftDates, zoneCalendar } from '../views/calendar/calendarDates.ts';
import { browserTimeZone } from '../views/flow/useFlowReport';
import { mirrorCalendarItems } from './calendarItems';

/** Writes new dates to a card in its space (MySpace opens the space's document only for that). */
export type RescheduleCard = (
  spaceId: string,
  cardId: string,
  dates: { start: number | null; due: number | null },
) => Promise<void>;

interface MySpaceCalendarProps {
  items: readonly MirrorItem[];
  now: number;
  openCard: (spaceId: string, cardId: string) => void;
  reschedule: RescheduleCard;
}

/**
 * MySpace's cards from every space on one calendar, on their due (or start) dates. Moving one moves the
 * real card, exactly as the space's own calendar does: the shown date to its new day at the same time,
 * the other date by as many days.
 */
export function MySpaceCalendar({ items, now, openCard, reschedule }: MySpaceCalendarProps) {
  const entries = useMemo(() => mirrorCalendarItems(items, now), [items, now]);
  const timeZone = useMemo(browserTimeZone, []);
  const [error, setError] = useState<string | null>(null);
  const byMirror = useMemo(() => new Map(items.map((item) => [item.mirror.id, item])), [items]);

  const open = useCallback(
    (mirrorId: string) => {
      const mirror = byMirror.get(mirrorId)?.mirror;
      if (mirror) openCard(mirror.spaceId, mirror.cardId);
    },
    [byMirror, openCard],
  );
  const move = useCallback(
    (mirrorId: string, date: number) => {
      const summary = liveSummary(byMirror.get(mirrorId)?.entry ?? null);
      if (!summary) return;
      const dates = shiftDates(summary, summary.due !== null ? 'due' : 'start', date, zoneCalendar(timeZone));
      setError(null);
      reschedule(summary.spaceId, summary.cardId, dates).catch((caught: unknown) =>
        setError(
          `“${summary.title}” could not be rescheduled: ${caught instanceof Error ? caught.message : 'unknown error'}`,
        ),
      );
    },
    [byMirror, reschedule, timeZone],
  );

  return (
    <div className="board-area">
      <FormError message={error} />
      <Calendar items={entries} timeZone={timeZone} now={now} onOpen={open} onReschedule={move} />
    </div>
  );
}
