import { useCallback, useEffect, useMemo, useState } from 'react';
import { liveSummary, type MirrorItem } from '../../domain/index.ts';
import { FormError } from '../common/FormError';
import { Calendar } from '../views/calendar/Calendar';
import { shiftDates, zoneCalendar } from '../views/calendar/calendarDates.ts';
import { browserTimeZone } from '../views/flow/useFlowReport';
import { mirrorCalendarItems } from './calendarItems';
import { keepRangeInAddress, rangeOfSearch } from '../views/calendar/rangeQuery';

type Dates = { start: number | null; due: number | null };

function without(map: ReadonlyMap<string, Dates>, ids: readonly string[]): ReadonlyMap<string, Dates> {
  const next = new Map(map);
  for (const id of ids) next.delete(id);
  return next;
}

/** Writes new dates to a card in its space (MySpace opens the space's document only for that). */
export type RescheduleCard = (spaceId: string, cardId: string, dates: Dates) => Promise<void>;

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
  const timeZone = useMemo(browserTimeZone, []);
  const [error, setError] = useState<string | null>(null);
  const byMirror = useMemo(() => new Map(items.map((item) => [item.mirror.id, item])), [items]);
  // A move shows at once, as on a space's calendar, while the card's new dates travel to its space and back
  // through the feed; the feed's own dates take over as soon as they are the ones written.
  const [moved, setMoved] = useState<ReadonlyMap<string, Dates>>(new Map());
  const entries = useMemo(() => {
    const shown = items.map((item) => {
      const dates = moved.get(item.mirror.id);
      const summary = liveSummary(item.entry);
      if (!dates || !summary) return item;
      return { ...item, entry: { ...item.entry!, summary: { ...summary, ...dates } } } as MirrorItem;
    });
    return mirrorCalendarItems(shown, now);
  }, [items, moved, now]);
  useEffect(() => {
    const arrived = [...moved].filter(([id, dates]) => {
      const summary = liveSummary(byMirror.get(id)?.entry ?? null);
      return !summary || (summary.start === dates.start && summary.due === dates.due);
    });
    if (arrived.length > 0)
      setMoved((current) =>
        without(
          current,
          arrived.map(([id]) => id),
        ),
      );
  }, [byMirror, moved]);

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
      const from = { ...summary, ...moved.get(mirrorId) };
      const dates = shiftDates(from, from.due !== null ? 'due' : 'start', date, zoneCalendar(timeZone));
      setError(null);
      setMoved((current) => new Map(current).set(mirrorId, dates));
      reschedule(summary.spaceId, summary.cardId, dates).catch((caught: unknown) => {
        setMoved((current) => without(current, [mirrorId]));
        setError(
          `“${summary.title}” could not be rescheduled: ${caught instanceof Error ? caught.message : 'unknown error'}`,
        );
      });
    },
    [byMirror, moved, reschedule, timeZone],
  );

  return (
    <div className="board-area">
      <FormError message={error} />
      <Calendar
        initialRange={rangeOfSearch(window.location.search)}
        onRangeChange={keepRangeInAddress}
        items={entries}
        timeZone={timeZone}
        now={now}
        onOpen={open}
        onReschedule={move}
      />
    </div>
  );
}
