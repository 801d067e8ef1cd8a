/**
 * Throughput: cards done (D) per day and per week of the window. Cancelled cards never count (they have no
 * D). With a working calendar, the daily series lists working days only, and a card done on a non-working
 * day counts on the next working day, when the team would see it; a completion pushed past the window's
 * last day falls outside the window.
 */
import { dayString, isoWeekday, type FlowCalendar } from './calendar.ts';

export interface DayCount {
  /** Local date `YYYY-MM-DD`. */
  date: string;
  count: number;
}

export interface WeekCount {
  /** The Monday the ISO week starts on, `YYYY-MM-DD` (it may lie before the window). */
  week: string;
  /** Days of this week inside the window (1–7); only 7-day weeks are complete. */
  days: number;
  count: number;
}

/**
 * Cards done per day of `[first, last]` (day numbers), zero days included. `doneDays` are the local days of
 * each D. Calendar mode: every day; working mode: working days only.
 */
export function dailyThroughput(
  doneDays: readonly number[],
  calendar: FlowCalendar,
  first: number,
  last: number,
): DayCount[] {
  if (last < first) return [];
  const counts = new Int32Array(last - first + 1);
  for (const day of doneDays) {
    const counted = calendar.nextCounting(day);
    if (counted >= first && counted <= last) counts[counted - first]!++;
  }
  const out: DayCount[] = [];
  for (let day = first; day <= last; day++) {
    if (calendar.counts(day)) out.push({ date: dayString(day), count: counts[day - first]! });
  }
  return out;
}

/** Cards done per ISO week (Monday to Sunday) over the window `[first, last]`, summed from the daily series. */
export function weeklyThroughput(daily: readonly DayCount[], first: number, last: number): WeekCount[] {
  const weeks: WeekCount[] = [];
  if (last < first) return weeks;
  const mondayOf = (day: number) => day - (isoWeekday(day) - 1);
  for (let monday = mondayOf(first); monday <= last; monday += 7) {
    const days = Math.min(last, monday + 6) - Math.max(first, monday) + 1;
    weeks.push({ week: dayString(monday), days, count: 0 });
  }
  const firstMonday = mondayOf(first);
  for (const { date, count } of daily) {
    const day = Date.parse(date) / 86_400_000;
    weeks[Math.floor((day - firstMonday) / 7)]!.count += count;
  }
  return weeks;
}
