/**
 * Days in a time zone, and the working calendar. Every day-based figure of the flow analytics goes through
 * one {@link FlowCalendar}: a *day* is a local calendar date in the space's IANA time zone, identified by its
 * day number (days since 1970-01-01 of that date, so `dayNumber('2026-03-29')` is the same in every zone).
 *
 * Time zones use the platform's `Intl.DateTimeFormat` (full ICU in Node 20 and every browser), not a library:
 * bucketing needs only "when does local day d start", which `zoneDays.ts` computes once per zone and day
 * for the whole process. A day starts at local midnight; where a DST change skips midnight
 * (America/Santiago, Asia/Beirut…) it starts at the transition, and where midnight happens twice it starts
 * at the second one, after which the date no longer changes back. So days are 23, 24 or 25 hours long and
 * every instant belongs to exactly one day.
 */
import { isoWeekday, WorkingDays } from './workingDays.ts';
import { DAY_MS, zoneDays } from './zoneDays.ts';

export { DAY_MS, isoWeekday };

/** Working days: ISO weekdays (1 = Monday … 7 = Sunday) and holidays as `YYYY-MM-DD` local dates. */
export interface WorkingCalendar {
  weekdays: readonly number[];
  holidays?: readonly string[];
}

export interface CalendarOptions {
  /** IANA time zone of the space, e.g. `Europe/Berlin`. Default `UTC`. */
  timeZone?: string;
  /** Count only working days; calendar days when absent (the default of DESIGN §4). */
  working?: WorkingCalendar;
}

/** A date `YYYY-MM-DD` → its day number, or null when it is not a real calendar date. */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/**
 * Dates already written, by day number: a report writes each day of its window several times (CFD, WIP,
 * throughput, scope) and the app recomputes reports over the same days, while `toISOString` costs more than
 * the rest of a day's figures. Bounded, so a long-running server never holds more than a few MB of them.
 */
const dayStrings = new Map<number, string>();
const DAY_STRINGS_MAX = 100_000;

/** Day number → `YYYY-MM-DD`. */
export function dayString(day: number): string {
  let date = dayStrings.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dayStrings.size < DAY_STRINGS_MAX) dayStrings.set(day, date);
  }
  return date;
}

/** True when `timeZone` is an IANA zone the platform knows. */
export function isTimeZone(timeZone: string): boolean {
  return zoneDays(timeZone) !== null;
}

export class CalendarError extends Error {
  override name = 'CalendarError';
}

/** Local days and working days of one time zone; cheap to call per event once a day's start is cached. */
export interface FlowCalendar {
  readonly timeZone: string;
  readonly working: WorkingCalendar | null;
  /** The local day (day number) an instant (epoch ms) falls on. */
  dayOf(ms: number): number;
  /** The instant (epoch ms) local day `day` starts. */
  dayStart(day: number): number;
  /**
   * The instant local wall-clock time `msOfDay` on `day` happens, or null when that wall time does not
   * exist (skipped by a DST change). A wall time that happens twice (DST end) gives the earlier instant.
   */
  atLocal(day: number, msOfDay: number): number | null;
  /** Whether `day` counts: always in calendar mode; a listed weekday that is no holiday in working mode. */
  counts(day: number): boolean;
  /** Counting days in `[first, last]`, both included (0 when last < first). */
  countDays(first: number, last: number): number;
  /** The first counting day on or after `day`. */
  nextCounting(day: number): number;
  /** The `n`-th counting day after `day` (n ≥ 1; `day` itself never counts). */
  addDays(day: number, n: number): number;
  /**
   * Days from `from` to `to` (epoch ms), fractional. Calendar mode: elapsed ms / 86,400,000. Working mode:
   * for each working day, the share of that local day (23–25 h long) that lies in the interval, summed.
   * 0 when `to ≤ from`.
   */
  fractionalDays(from: number, to: number): number;
  /**
   * The whole-day convention `(end day − start day) + 1`: an item started and finished on one day took 1
   * day. Working mode: working days in `[start day, end day]`, at least 1 (an item that both starts and
   * ends on non-working days still took a day).
   */
  wholeDays(from: number, to: number): number;
  /** {@link FlowCalendar.wholeDays} between two local days already known (day numbers). */
  wholeDaysBetween(first: number, last: number): number;
}

/** Builds the calendar; throws {@link CalendarError} for an unknown zone, weekday or holiday date. */
export function makeCalendar({ timeZone = 'UTC', working }: CalendarOptions = {}): FlowCalendar {
  const days = zoneDays(timeZone);
  if (!days) throw new CalendarError(`unknown time zone "${timeZone}"`);
  const { offsetAt, dayStart, dayOf } = days;

  const atLocal = (day: number, msOfDay: number): number | null => {
    const wall = day * DAY_MS + msOfDay;
    // Try the offsets in force a day either side; the earlier valid instant wins.
    const candidates = [wall - offsetAt(wall - DAY_MS), wall - offsetAt(wall + DAY_MS)].sort((a, b) => a - b);
    for (const t of candidates) if (t + offsetAt(t) === wall) return t;
    return null;
  };

  const workingDays = working ? validateWorking(working) : null;
  const counts = workingDays ? (day: number) => workingDays.counts(day) : () => true;

  const countDays = (first: number, last: number): number => {
    if (last < first) return 0;
    if (!workingDays) return last - first + 1;
    return workingDays.countDays(first, last);
  };

  const nextCounting = (day: number): number => {
    let d = day;
    while (!counts(d)) d++;
    return d;
  };

  const addDays = (day: number, n: number): number => {
    if (!workingDays) return day + n;
    let d = day;
    for (let left = n; left > 0;) {
      d++;
      if (counts(d)) left--;
    }
    return d;
  };

  const share = (day: number, from: number, to: number): number => {
    if (!counts(day)) return 0;
    const start = dayStart(day);
    const end = dayStart(day + 1);
    return (Math.min(to, end) - Math.max(from, start)) / (end - start);
  };

  // Working durations come in chains (a card's visits, each starting when the last ended), so the day
  // of the last end is kept: it is often the next start's.
  let endMs = Number.NaN;
  let endDay = 0;
  const fractionalDays = (from: number, to: number): number => {
    if (to <= from) return 0;
    if (!workingDays) return (to - from) / DAY_MS;
    const first = from === endMs ? endDay : dayOf(from);
    const last = dayOf(to);
    endMs = to;
    endDay = last;
    if (first === last) return share(first, from, to);
    return share(first, from, to) + countDays(first + 1, last - 1) + share(last, from, to);
  };

  const wholeDaysBetween = (first: number, last: number): number => {
    if (!workingDays) return last - first + 1;
    return Math.max(1, countDays(first, last));
  };

  const wholeDays = (from: number, to: number): number => wholeDaysBetween(dayOf(from), dayOf(to));

  return {
    timeZone,
    working: working ?? null,
    dayOf,
    dayStart,
    atLocal,
    counts,
    countDays,
    nextCounting,
    addDays,
    fractionalDays,
    wholeDays,
    wholeDaysBetween,
  };
}

function validateWorking(working: WorkingCalendar): WorkingDays {
  const weekdays = new Set<number>();
  for (const day of working.weekdays) {
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      throw new CalendarError(`working weekday ${day} is not an ISO weekday (1 = Monday … 7 = Sunday)`);
    }
    weekdays.add(day);
  }
  if (weekdays.size === 0) throw new CalendarError('a working calendar needs at least one weekday');
  const holidays = new Set<number>();
  for (const date of working.holidays ?? []) {
    const day = dayNumber(date);
    if (day === null) throw new CalendarError(`holiday "${date}" is not a date YYYY-MM-DD`);
    holidays.add(day);
  }
  return new WorkingDays(weekdays, holidays);
}
