// How the calendar writes days, ranges and times. Day numbers are local dates already, so they are formatted
// as UTC dates (no second time-zone conversion); instants are formatted in the calendar's zone.
import { DAY_MS } from './calendarDates.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(locale, options)));
  return found;
}

const DAY = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

/** A day in full, e.g. "Monday, March 16, 2026": the name of its grid cell. */
export function dayLabel(day: number, locale?: string): string {
  return format(locale, DAY).format(day * DAY_MS);
}

/** A month, e.g. "March 2026". */
export function monthLabel(day: number, locale?: string): string {
  return format(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day * DAY_MS);
}

/** A span of days, e.g. "Mar 16 – 22, 2026". */
export function rangeLabel(first: number, last: number, locale?: string): string {
  return format(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(
    first * DAY_MS,
    last * DAY_MS,
  );
}

/** A weekday's short and long names, e.g. ["Mon", "Monday"]. */
export function weekdayNames(day: number, locale?: string): [string, string] {
  const at = day * DAY_MS;
  return [
    format(locale, { weekday: 'short', timeZone: 'UTC' }).format(at),
    format(locale, { weekday: 'long', timeZone: 'UTC' }).format(at),
  ];
}

const END_OF_DAY = DAY_MS - 1;

/**
 * Writes the time of day entries show, e.g. "17:00", or null at the start or end of a day: the card panel
 * sets whole days (a start at 00:00, a due date at 23:59:59.999), and those need no time. One writer per
 * calendar render, not per entry.
 */
export function entryTimes(
  timeZone: string,
  locale?: string,
): (ms: number, msOfDay: number) => string | null {
  const time = format(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  return (ms, msOfDay) => (msOfDay === 0 || msOfDay === END_OF_DAY ? null : time.format(ms));
}
