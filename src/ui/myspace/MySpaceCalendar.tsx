import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { liveSummary, type CardSummary, type MirrorItem } from '../../domain/index.ts';
import { FormError } from '../common/FormError';
import { Calendar } from '../views/calendar/Calendar';
import { shiftDates, zoneCalendar } from '../views/calendar/calendarDates.ts';
import { browserTimeZone } from '../views/flow/useFlowReport';
import { mirrorCalendarItems } from './calendarItems';
import { keepRangeInAddress, rangeOfSearch } from '../views/calendar/rangeQuery';
import { useUndoCommands } from '../views/useUndoCommands';
import { sameDates, useRescheduleUndo, type Dates } from './useRescheduleUndo';

/** A move on its way: the dates it wrote, and every date pair the feed may show meanwhile without news. */
interface Pending {
  dates: Dates;
  /** The card's dates before this run of moves, and each one written since. */
  known: readonly Dates[];
  /** Writes not yet done: until they are, the feed may still bring back an earlier one of them. */
  writing: number;
  /**
   * The feed's summary when the last write was done: until another arrives, the feed has no news (a move
   * taken back at once reads like a feed that never heard of the move).
   */
  seen: CardSummary | null;
}

function without(map: ReadonlyMap<string, Pending>, ids: readonly string[]): ReadonlyMap<string, Pending> {
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
 * the other date by as many days. Each move is one undo step (see `useRescheduleUndo`).
 */
export function MySpaceCalendar({ items, now, openCard, reschedule }: MySpaceCalendarProps) {
  const timeZone = useMemo(browserTimeZone, []);
  const [error, setError] = useState<string | null>(null);
  const byMirror = useMemo(() => new Map(items.map((item) => [item.mirror.id, item])), [items]);
  // What the feed shows when a write is done, read from inside its promise.
  const latestItems = useRef(byMirror);
  latestItems.current = byMirror;
  // A move shows at once, as on a space's calendar, while the card's new dates travel to its space and back
  // through the feed; the feed's own dates take over as soon as they are the ones written — or dates this
  // calendar never wrote, which someone else did.
  const [moved, setMoved] = useState<ReadonlyMap<string, Pending>>(new Map());
  const entries = useMemo(() => {
    const shown = items.map((item) => {
      const dates = moved.get(item.mirror.id)?.dates;
      const summary = liveSummary(item.entry);
      if (!dates || !summary) return item;
      return { ...item, entry: { ...item.entry!, summary: { ...summary, ...dates } } } as MirrorItem;
    });
    return mirrorCalendarItems(shown, now);
  }, [items, moved, now]);
  useEffect(() => {
    const settled = [...moved].filter(([id, { dates, known, writing, seen }]) => {
      const summary = liveSummary(byMirror.get(id)?.entry ?? null);
      if (!summary) return true;
      if (writing > 0 || summary === seen) return false;
      return sameDates(summary, dates) || !known.some((pair) => sameDates(summary, pair));
    });
    if (settled.length > 0)
      setMoved((current) =>
        without(
          current,
          settled.map(([id]) => id),
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
  /** The card's dates as shown: the feed's, or those of a move still on its way. */
  const datesOf = useCallback(
    (mirrorId: string): Dates | null => {
      const summary = liveSummary(byMirror.get(mirrorId)?.entry ?? null);
      if (!summary) return null;
      return moved.get(mirrorId)?.dates ?? { start: summary.start, due: summary.due };
    },
    [byMirror, moved],
  );
  const apply = useCallback(
    (mirrorId: string, dates: Dates): Promise<boolean> => {
      const summary = liveSummary(byMirror.get(mirrorId)?.entry ?? null);
      if (!summary) return Promise.resolve(false);
      const before = { start: summary.start, due: summary.due };
      setMoved((current) => {
        const pending = current.get(mirrorId);
        return new Map(current).set(mirrorId, {
          dates,
          known: [...(pending?.known ?? [before]), dates],
          writing: (pending?.writing ?? 0) + 1,
          seen: pending?.seen ?? null,
        });
      });
      return reschedule(summary.spaceId, summary.cardId, dates).then(
        () => {
          setMoved((current) => {
            const pending = current.get(mirrorId);
            if (!pending) return current;
            const seen = liveSummary(latestItems.current.get(mirrorId)?.entry ?? null);
            return new Map(current).set(mirrorId, { ...pending, writing: pending.writing - 1, seen });
          });
          return true;
        },
        (caught: unknown) => {
          setMoved((current) => without(current, [mirrorId]));
          setError(
            `“${summary.title}” could not be rescheduled: ${caught instanceof Error ? caught.message : 'unknown error'}`,
          );
          return false;
        },
      );
    },
    [byMirror, reschedule],
  );
  const history = useRescheduleUndo(datesOf, apply);
  useUndoCommands(history, setError);
  const move = useCallback(
    (mirrorId: string, date: number) => {
      const summary = liveSummary(byMirror.get(mirrorId)?.entry ?? null);
      const from = datesOf(mirrorId);
      if (!summary || !from) return;
      const dates = shiftDates(from, from.due !== null ? 'due' : 'start', date, zoneCalendar(timeZone));
      setError(null);
      history.record({ mirrorId, title: summary.title, before: from, after: dates }, apply(mirrorId, dates));
    },
    [byMirror, datesOf, apply, history, timeZone],
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
