/**
 * The date arithmetic of the calendar view, with no React in it. A *day* is a local calendar date in one
 * IANA time zone, as a day number (days since 1970-01-01 of that date; see `src/analytics/calendar.ts`,
 * whose zone-day code this reuses), so a grid of days is plain integers and never drifts by an hour when a
 * week crosses a DST change. Instants stay epoch ms.
 *
 * Moving a date to another day keeps its local wall-clock time: a card due at 17:00 on Friday and dropped
 * on Monday is due at 17:00 on Monday, even when the clocks changed in between. A wall time the target day
 * skips (02:30 on the spring-forward night) moves forward by the gap (03:30), and a wall time the target
 * day has twice (autumn) takes the earlier one: the "compatible" rule of Temporal and of most calendars.
 */
import { DAY_MS, isoWeekday, makeCalendar, type FlowCalendar } from '../../../analytics/calendar.ts';
import { zoneDays } from '../../../analytics/zoneDays.ts';

export { DAY_MS };

/** ISO weekday a week starts on: 1 = Monday … 7 = Sunday. */
export type WeekStart = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A local day and its parts, as a grid cell needs them. */
export interface CalendarDay {
  /** Day number (days since 1970-01-01 of the local date). */
  day: number;
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  date: number;
}

/** The local days of one time zone, and the instant ↔ day conversions the view needs. */
export interface ZoneCalendar {
  readonly timeZone: string;
  /** The local day an instant (epoch ms) falls on. */
  dayOf(ms: number): number;
  /** The local wall-clock time of an instant, ms since the local midnight (0 ≤ t < 86,400,000). */
  timeOfDay(ms: number): number;
  /** The instant the wall-clock time `msOfDay` happens on `day`, by the rule in this file's header. */
  atLocal(day: number, msOfDay: number): number;
}

/** The zone's calendar; throws for a zone the platform does not know. */
export function zoneCalendar(timeZone: string): ZoneCalendar {
  const calendar: FlowCalendar = makeCalendar({ timeZone });
  // makeCalendar refused unknown zones, so this one is known.
  const { offsetAt } = zoneDays(timeZone)!;
  const timeOfDay = (ms: number): number => {
    // Day starts are cached per zone and the platform's offset lookup is not, so on a day of one offset
    // (all but the few of a DST change) the offset comes from when the day started.
    const day = calendar.dayOf(ms);
    const start = calendar.dayStart(day);
    const offset = calendar.dayStart(day + 1) - start === DAY_MS ? day * DAY_MS - start : offsetAt(ms);
    const wall = ms + offset;
    return wall - Math.floor(wall / DAY_MS) * DAY_MS;
  };
  const atLocal = (day: number, msOfDay: number): number => {
    const exact = calendar.atLocal(day, msOfDay);
    if (exact !== null) return exact;
    // Skipped by a spring-forward change: read the wall time with the offset in force before the gap,
    // which lands the same distance past the gap's end.
    const wall = day * DAY_MS + msOfDay;
    return wall - offsetAt(wall - DAY_MS);
  };
  return { timeZone, dayOf: calendar.dayOf, timeOfDay, atLocal };
}

/** A day number's year, month (1–12) and date. */
export function calendarDay(day: number): CalendarDay {
  const date = new Date(day * DAY_MS);
  return { day, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, date: date.getUTCDate() };
}

/** The day number of `year`-`month`-`date` (month 1–12; out-of-range parts roll over as in `Date.UTC`). */
export function dayOfDate(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** The first day of the week `day` lies in, for weeks starting on `weekStart`. */
export function weekStartOf(day: number, weekStart: WeekStart): number {
  return day - ((isoWeekday(day) - weekStart + 7) % 7);
}

/** The seven days of the week `day` lies in, in order. */
export function weekDays(day: number, weekStart: WeekStart): number[] {
  const first = weekStartOf(day, weekStart);
  return Array.from({ length: 7 }, (_, i) => first + i);
}

/**
 * The weeks a month grid shows for the month `day` lies in: from the week holding the 1st to the week
 * holding the last day, so 4 to 6 rows of 7 days, the first and last padded with the neighbouring months.
 */
export function monthWeeks(day: number, weekStart: WeekStart): number[][] {
  const { year, month } = calendarDay(day);
  const first = weekStartOf(dayOfDate(year, month, 1), weekStart);
  const last = dayOfDate(year, month + 1, 0);
  const weeks: number[][] = [];
  for (let start = first; start <= last; start += 7) {
    weeks.push(Array.from({ length: 7 }, (_, i) => start + i));
  }
  return weeks;
}

/** `day` moved by whole months, clamped to the target month's length (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = calendarDay(day);
  const lastOfTarget = calendarDay(dayOfDate(year, month + months + 1, 0)).date;
  return dayOfDate(year, month + months, Math.min(date, lastOfTarget));
}

interface WeekInfoLocale {
  weekInfo?: { firstDay?: number };
  getWeekInfo?: () => { firstDay?: number };
}

/**
 * The first day of the week where `locale` lives (Monday in most of Europe, Sunday in the US), from the
 * platform's `Intl.Locale` week info; Monday (ISO 8601) when the platform does not say.
 */
export function localeWeekStart(locale: string | undefined): WeekStart {
  try {
    const info = new Intl.Locale(locale ?? Intl.DateTimeFormat().resolvedOptions().locale) as WeekInfoLocale;
    // Newer engines have the method, older ones the getter.
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    if (Number.isInteger(firstDay) && firstDay! >= 1 && firstDay! <= 7) return firstDay as WeekStart;
  } catch {
    // An unknown locale tag: the ISO week.
  }
  return 1;
}

/**
 * `ms` moved to local day `toDay` at the same local wall-clock time.
 * @param ms - epoch ms
 * @param toDay - day number in the calendar's zone
 * @returns epoch ms
 */
export function moveToDay(ms: number, toDay: number, zone: ZoneCalendar): number {
  // Staying on its day, an instant in the repeated autumn hour must not jump to the first of the two.
  if (toDay === zone.dayOf(ms)) return ms;
  return zone.atLocal(toDay, zone.timeOfDay(ms));
}

/** A card's dates (epoch ms, or null when unset). */
export interface DatePair {
  start: number | null;
  due: number | null;
}

/**
 * The dates after the date shown on the calendar (`moved`: the due date, or the start of a card with no
 * due date) is moved to the instant `to`: the other date shifts by the same number of local days at its
 * own wall-clock time, so a job planned Monday to Wednesday still spans Monday to Wednesday. If a skipped
 * wall time pushed the start past the due date (both inside one DST gap's hour), the start takes the due.
 * @param to - epoch ms, the moved date's new instant
 */
export function shiftDates(
  dates: DatePair,
  moved: 'start' | 'due',
  to: number,
  zone: ZoneCalendar,
): DatePair {
  const from = dates[moved];
  if (from === null) return dates;
  const shift = zone.dayOf(to) - zone.dayOf(from);
  const other = moved === 'due' ? dates.start : dates.due;
  const otherMoved = other === null ? null : moveToDay(other, zone.dayOf(other) + shift, zone);
  let next: DatePair = moved === 'due' ? { start: otherMoved, due: to } : { start: to, due: otherMoved };
  if (next.start !== null && next.due !== null && next.start > next.due) next = { ...next, start: next.due };
  return next;
}
