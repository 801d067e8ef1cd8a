// Which entries each visible day holds, computed once per change of the items or of the range shown rather
// than per cell, so a calendar over thousands of cards converts each date to its day once.
import type { ZoneCalendar } from './calendarDates.ts';
import { entryTimes } from './calendarText.ts';
import type { CalendarItem } from './types.ts';

/** An item as a day cell shows it. */
export interface DayEntry {
  item: CalendarItem;
  /** The local time shown beside the title, or null for a whole-day date. */
  time: string | null;
}

/**
 * The items dated within days `first`…`last` (day numbers, both included), by day, each day's entries in
 * time order (then by title, then id, so equal entries keep one order for everybody).
 */
export function entriesByDay(
  items: readonly CalendarItem[],
  zone: ZoneCalendar,
  first: number,
  last: number,
  locale?: string,
): Map<number, DayEntry[]> {
  const days = new Map<number, DayEntry[]>();
  const timeOf = entryTimes(zone.timeZone, locale);
  for (const item of items) {
    const day = zone.dayOf(item.date);
    if (day < first || day > last) continue;
    const entry = { item, time: timeOf(item.date, zone.timeOfDay(item.date)) };
    const list = days.get(day);
    if (list) list.push(entry);
    else days.set(day, [entry]);
  }
  for (const list of days.values()) {
    list.sort(
      (a, b) =>
        a.item.date - b.item.date ||
        a.item.title.localeCompare(b.item.title) ||
        (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
    );
  }
  return days;
}
