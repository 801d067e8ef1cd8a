import { describe, expect, it } from 'vitest';
import {
  addMonths,
  calendarDay,
  dayOfDate,
  localeWeekStart,
  monthWeeks,
  moveToDay,
  shiftDates,
  weekDays,
  zoneCalendar,
} from '../../../../src/ui/views/calendar/calendarDates.ts';

const berlin = zoneCalendar('Europe/Berlin');
const iso = (day: number) => {
  const { year, month, date } = calendarDay(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
};
const day = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return dayOfDate(y!, m!, d!);
};
const HOUR = 3_600_000;

describe('calendar grid days', () => {
  it('lays out March 2026 in Monday weeks, padded with February and April', () => {
    const weeks = monthWeeks(day('2026-03-15'), 1);
    expect(weeks).toHaveLength(6);
    expect(weeks.map((week) => week.length)).toEqual([7, 7, 7, 7, 7, 7]);
    expect(iso(weeks[0]![0]!)).toBe('2026-02-23');
    expect(iso(weeks[0]![6]!)).toBe('2026-03-01');
    expect(iso(weeks[5]![6]!)).toBe('2026-04-05');
    // The week of the DST change is still seven consecutive dates.
    expect(weeks[4]!.map(iso)).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
  });

  it('starts weeks on Sunday where the locale does', () => {
    const weeks = monthWeeks(day('2026-03-15'), 7);
    expect(weeks).toHaveLength(5);
    expect(iso(weeks[0]![0]!)).toBe('2026-03-01');
    expect(iso(weeks[4]![6]!)).toBe('2026-04-04');
    // February 2026 starts on a Sunday and has 28 days: exactly four Sunday weeks.
    expect(monthWeeks(day('2026-02-10'), 7)).toHaveLength(4);
  });

  it('gives the seven days of a week around any day', () => {
    expect(weekDays(day('2026-10-25'), 1).map(iso)).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
    expect(iso(weekDays(day('2026-10-25'), 7)[0]!)).toBe('2026-10-25');
    expect(iso(weekDays(day('2026-10-24'), 7)[0]!)).toBe('2026-10-18');
  });

  it('reads the week start of a locale, Monday when unknown', () => {
    expect(localeWeekStart('de-DE')).toBe(1);
    expect(localeWeekStart('en-US')).toBe(7);
    expect(localeWeekStart('not a locale!')).toBe(1);
  });

  it('steps months, clamping to the shorter month', () => {
    expect(iso(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(iso(addMonths(day('2026-03-15'), -3))).toBe('2025-12-15');
    expect(iso(addMonths(day('2028-01-31'), 1))).toBe('2028-02-29');
  });
});

describe('moving a date to another day in Europe/Berlin', () => {
  it('keeps the wall-clock time across the spring-forward weekend', () => {
    // Friday 27 March 2026, 17:00 CET (UTC+1) → Monday 30 March, 17:00 CEST (UTC+2).
    const friday = Date.UTC(2026, 2, 27, 16);
    expect(berlin.dayOf(friday)).toBe(day('2026-03-27'));
    const monday = moveToDay(friday, day('2026-03-30'), berlin);
    expect(monday).toBe(Date.UTC(2026, 2, 30, 15));
    // 3 days later on the wall clock, 71 hours later in elapsed time.
    expect((monday - friday) / HOUR).toBe(71);
  });

  it('keeps the wall-clock time across the fall-back weekend', () => {
    // Saturday 24 October 2026, 23:59:59.999 CEST → Monday 26 October, 23:59:59.999 CET.
    const saturday = Date.UTC(2026, 9, 24, 21, 59, 59, 999);
    const monday = moveToDay(saturday, day('2026-10-26'), berlin);
    expect(monday).toBe(Date.UTC(2026, 9, 26, 22, 59, 59, 999));
    expect(berlin.dayOf(monday)).toBe(day('2026-10-26'));
  });

  it('moves a time the target day skips forward by the gap', () => {
    // 02:30 on Saturday 28 March; Sunday 29 March has no 02:30 (02:00 CET → 03:00 CEST): 03:30 CEST.
    const saturday = Date.UTC(2026, 2, 28, 1, 30);
    expect(moveToDay(saturday, day('2026-03-29'), berlin)).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('takes the first of a time the target day has twice, and leaves a date on its own day alone', () => {
    // 02:30 on Saturday 24 October → Sunday 25 October has 02:30 CEST and 02:30 CET: the CEST one.
    const saturday = Date.UTC(2026, 9, 24, 0, 30);
    expect(moveToDay(saturday, day('2026-10-25'), berlin)).toBe(Date.UTC(2026, 9, 25, 0, 30));
    const secondTime = Date.UTC(2026, 9, 25, 1, 30);
    expect(moveToDay(secondTime, day('2026-10-25'), berlin)).toBe(secondTime);
  });

  it('reads the wall-clock time on the days the clocks change', () => {
    expect(berlin.timeOfDay(Date.UTC(2026, 2, 29, 0)) / HOUR).toBe(1); // 01:00 CET
    expect(berlin.timeOfDay(Date.UTC(2026, 2, 29, 2)) / HOUR).toBe(4); // 04:00 CEST
    expect(berlin.timeOfDay(Date.UTC(2026, 9, 25, 0, 30)) / HOUR).toBe(2.5); // 02:30 CEST
    expect(berlin.timeOfDay(Date.UTC(2026, 9, 25, 1, 30)) / HOUR).toBe(2.5); // 02:30 CET, the second one
    expect(berlin.timeOfDay(Date.UTC(2026, 9, 25, 22, 59, 59, 999))).toBe(24 * HOUR - 1); // 23:59:59.999 CET
    expect(berlin.timeOfDay(Date.UTC(2026, 2, 29, 21, 59, 59, 999))).toBe(24 * HOUR - 1); // 23:59:59.999 CEST
  });

  it('keeps midnight starts at midnight in another zone', () => {
    const tokyo = zoneCalendar('Asia/Tokyo');
    const midnight = Date.UTC(2026, 5, 30, 15); // 1 July 00:00 JST
    expect(tokyo.timeOfDay(midnight)).toBe(0);
    expect(moveToDay(midnight, tokyo.dayOf(midnight) + 2, tokyo)).toBe(Date.UTC(2026, 6, 2, 15));
  });
});

describe('shifting a card’s dates together', () => {
  it('moves the start by the same days as the due date, each at its own time of day', () => {
    // Start Thursday 26 March 08:00 CET, due Friday 27 March 17:00 CET; due dropped on Tuesday 31 March.
    const dates = { start: Date.UTC(2026, 2, 26, 7), due: Date.UTC(2026, 2, 27, 16) };
    const due = moveToDay(dates.due, day('2026-03-31'), berlin);
    expect(shiftDates(dates, 'due', due, berlin)).toEqual({
      start: Date.UTC(2026, 2, 30, 6), // Monday 08:00 CEST
      due: Date.UTC(2026, 2, 31, 15), // Tuesday 17:00 CEST
    });
  });

  it('moves the due date with a start shown on its own, and leaves a missing date missing', () => {
    const dates = { start: Date.UTC(2026, 9, 23, 6), due: null };
    const start = moveToDay(dates.start, day('2026-10-27'), berlin);
    expect(shiftDates(dates, 'start', start, berlin)).toEqual({ start: Date.UTC(2026, 9, 27, 7), due: null });
    const withDue = { start: Date.UTC(2026, 9, 23, 6), due: Date.UTC(2026, 9, 24, 15) };
    expect(shiftDates(withDue, 'start', start, berlin)).toEqual({
      start: Date.UTC(2026, 9, 27, 7),
      due: Date.UTC(2026, 9, 28, 16),
    });
  });

  it('never leaves the start after the due date when a gap pushes the start forward', () => {
    // Start 02:50, due 03:10 on Saturday 28 March; on Sunday 02:50 does not exist and becomes 03:50.
    const dates = { start: Date.UTC(2026, 2, 28, 1, 50), due: Date.UTC(2026, 2, 28, 2, 10) };
    const due = moveToDay(dates.due, day('2026-03-29'), berlin);
    const moved = shiftDates(dates, 'due', due, berlin);
    expect(moved).toEqual({ start: due, due });
  });
});
