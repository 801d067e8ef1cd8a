import {
  DndContext,
  DragOverlay,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useId, type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  addMonths,
  calendarDay,
  localeWeekStart,
  monthWeeks,
  moveToDay,
  weekDays,
  zoneCalendar,
  type WeekStart,
  type ZoneCalendar,
} from './calendarDates.ts';
import { useDragSensors } from '../../common/dragSensors';
import { dayLabel, monthLabel, rangeLabel } from './calendarText.ts';
import { CalendarGrid } from './CalendarGrid';
import { CalendarToolbar } from './CalendarToolbar';
import { entryClass, EntryFace } from './CalendarEntry';
import { entriesByDay } from './entries';
import { dayForKey } from './gridKeys.ts';
import type { CalendarItem, CalendarRange } from './types';
import './calendar.css';

export interface CalendarProps {
  items: readonly CalendarItem[];
  /** IANA zone the days are in (the space's, or the browser's). */
  timeZone: string;
  /** Opens an entry (its card's panel). */
  onOpen(id: string): void;
  /**
   * Moves an entry to `date` (epoch ms: its new day at the same local time of day). Absent for readers
   * who may not edit: nothing can then be dragged or moved.
   */
  onReschedule?: (id: string, date: number) => void;
  /** BCP 47 locale for names and the first day of the week; the browser's when absent. */
  locale?: string;
  /** First day of the week (ISO weekday); the locale's when absent. */
  weekStart?: WeekStart;
  /** Epoch ms of "now", for today's day; the clock when absent. */
  now?: number;
  /** The day (day number) shown at first; today when absent. */
  initialDay?: number;
  initialRange?: CalendarRange;
  /** Told when the reader switches between month and week (to keep it in the address). */
  onRangeChange?: (range: CalendarRange) => void;
  /** Entries a month cell shows before "+N more". */
  maxPerDay?: number;
}

const DROP_ANIMATION = { duration: 120 };

function safeZone(timeZone: string): ZoneCalendar {
  try {
    return zoneCalendar(timeZone);
  } catch {
    // A zone this browser does not know (from another machine's settings): UTC days rather than no calendar.
    return zoneCalendar('UTC');
  }
}

/**
 * A month or week calendar of dated entries, independent of where they come from: it takes plain items
 * and reports opens and reschedules. Entries are dragged to another day with the pointer, or moved with
 * Alt+arrow keys (a day left or right, a week up or down); either keeps the entry's time of day.
 */
export function Calendar({
  items,
  timeZone,
  onOpen,
  onReschedule,
  locale,
  weekStart,
  now,
  initialDay,
  initialRange = 'month',
  onRangeChange,
  maxPerDay = 3,
}: CalendarProps) {
  const zone = useMemo(() => safeZone(timeZone), [timeZone]);
  const firstWeekday = useMemo(() => weekStart ?? localeWeekStart(locale), [weekStart, locale]);
  const today = zone.dayOf(now ?? Date.now());
  const [range, setRange] = useState<CalendarRange>(initialRange);
  const [anchor, setAnchor] = useState(() => initialDay ?? today);
  // Days whose "+N more" is open. Cleared when the month changes: the same days are not on screen anymore.
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  // What to focus after the next render: an entry once it shows in its new day after a move, or a day
  // the keyboard moved to (possibly in another month, drawn only by that render).
  const focusAfter = useRef<{ entry: string } | { day: number } | null>(null);
  // The day of the grid that takes Tab (roving tab stop); see `tabDay`.
  const [focusDay, setFocusDay] = useState<number | null>(null);

  const weeks = useMemo(
    () => (range === 'month' ? monthWeeks(anchor, firstWeekday) : [weekDays(anchor, firstWeekday)]),
    [range, anchor, firstWeekday],
  );
  const first = weeks[0]![0]!;
  const last = weeks[weeks.length - 1]![6]!;
  const entries = useMemo(
    () => entriesByDay(items, zone, first, last, locale),
    [items, zone, first, last, locale],
  );
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  // The grid's one tab stop: the day last focused while it is on screen, else today, else the anchor.
  const inView = (day: number | null): day is number => day !== null && day >= first && day <= last;
  const tabDay = inView(focusDay) ? focusDay : inView(today) ? today : anchor;
  const heading = range === 'month' ? monthLabel(anchor, locale) : rangeLabel(first, last, locale);

  const show = useCallback((day: number) => {
    setAnchor(day);
    setExpanded(new Set());
  }, []);
  const onToggle = useCallback((day: number) => {
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(day)) next.add(day);
      return next;
    });
  }, []);

  const canMove = onReschedule !== undefined;
  const reschedule = useCallback(
    (item: CalendarItem, toDay: number) => {
      if (!onReschedule) return;
      onReschedule(item.id, moveToDay(item.date, toDay, zone));
      focusAfter.current = { entry: item.id };
      // Keep the moved entry in sight: on screen, and out from behind "+N more".
      if (toDay < first || toDay > last) setAnchor(toDay);
      setExpanded((open) => new Set(open).add(toDay));
    },
    [onReschedule, zone, first, last],
  );
  const onMoveBy = useCallback(
    (item: CalendarItem, days: number) => {
      const toDay = zone.dayOf(item.date) + days;
      reschedule(item, toDay);
      setSaid(`${item.title} moved to ${dayLabel(toDay, locale)}.`);
    },
    [zone, reschedule, locale],
  );

  const onCellKey = useCallback(
    (day: number, event: KeyboardEvent) => {
      const next = dayForKey(event.key, day, firstWeekday);
      if (next === null || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      setFocusDay(next);
      focusAfter.current = { day: next };
      if (next < first || next > last) show(next);
    },
    [firstWeekday, first, last, show],
  );

  useLayoutEffect(() => {
    const target = focusAfter.current;
    if (target === null || !root.current) return;
    const [attribute, value] = 'entry' in target ? ['entryId', target.entry] : ['day', String(target.day)];
    for (const element of root.current.querySelectorAll<HTMLElement>('[data-entry-id], [data-day]')) {
      if (element.dataset[attribute] === value) {
        element.focus();
        focusAfter.current = null;
        return;
      }
    }
  });

  const sensors = useDragSensors();
  const accessibility = useMemo(() => {
    const title = (id: string | number) => byId.get(String(id))?.title ?? 'The entry';
    const dayOfOver = (over: { data: { current?: Record<string, unknown> } } | null) =>
      typeof over?.data.current?.day === 'number' ? over.data.current.day : null;
    const announcements: Announcements = {
      onDragStart: ({ active }) => `Picked up ${title(active.id)}.`,
      onDragOver: ({ active, over }) => {
        const day = dayOfOver(over);
        return day === null ? undefined : `${title(active.id)} is over ${dayLabel(day, locale)}.`;
      },
      onDragEnd: ({ active, over }) => {
        const day = dayOfOver(over);
        return day === null
          ? `${title(active.id)} was dropped back where it was.`
          : `${title(active.id)} was dropped on ${dayLabel(day, locale)}.`;
      },
      onDragCancel: ({ active }) => `Moving ${title(active.id)} was cancelled.`,
    };
    return {
      announcements,
      screenReaderInstructions: {
        draggable:
          'Press Enter to open the card. To move it to another day, drag it with the mouse, or press Alt with the left or right arrow for a day, up or down for a week.',
      },
    };
  }, [byId, locale]);

  const onDragStart = useCallback((event: DragStartEvent) => setActiveId(String(event.active.id)), []);
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      setActiveId(null);
      const item = byId.get(String(active.id));
      const day = over?.data.current?.day;
      if (!item || typeof day !== 'number' || day === zone.dayOf(item.date)) return;
      reschedule(item, day);
    },
    [byId, zone, reschedule],
  );
  const onDragCancel = useCallback(() => setActiveId(null), []);

  const step = (direction: -1 | 1) =>
    show(range === 'month' ? addMonths(anchor, direction) : anchor + 7 * direction);
  const changeRange = (next: CalendarRange) => {
    if (next === range) return;
    // Into a week: today's when it is in the month shown, else the week of the day the month was opened at.
    const [shown, now] = [calendarDay(anchor), calendarDay(today)];
    if (next === 'week' && shown.year === now.year && shown.month === now.month) setAnchor(today);
    setRange(next);
    onRangeChange?.(next);
  };
  const active = activeId === null ? null : byId.get(activeId);

  return (
    <div className="calendar" ref={root}>
      <CalendarToolbar
        range={range}
        heading={heading}
        headingId={headingId}
        onRange={changeRange}
        onStep={step}
        onToday={() => show(today)}
      />
      <DndContext
        sensors={sensors}
        accessibility={accessibility}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
      >
        <CalendarGrid
          range={range}
          weeks={weeks}
          month={calendarDay(anchor).month}
          today={today}
          entries={entries}
          headingId={headingId}
          locale={locale}
          limit={maxPerDay}
          expanded={expanded}
          onToggle={onToggle}
          canMove={canMove}
          onOpen={onOpen}
          onMoveBy={onMoveBy}
          tabDay={tabDay}
          onCellKey={onCellKey}
          onCellFocus={setFocusDay}
        />
        <DragOverlay dropAnimation={DROP_ANIMATION}>
          {active && (
            <div className={entryClass(active, ' calendar-entry-overlay')}>
              <EntryFace
                entry={
                  entries.get(zone.dayOf(active.date))?.find((entry) => entry.item === active) ?? {
                    item: active,
                    time: null,
                  }
                }
              />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      <div role="status" aria-label="Calendar moves" className="visually-hidden">
        {said}
      </div>
    </div>
  );
}
