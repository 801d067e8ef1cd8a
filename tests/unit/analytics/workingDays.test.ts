import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoWeekday, makeCalendar } from '../../../src/analytics/index.ts';

describe('counting working days without walking them', () => {
  it('agrees with a day-by-day walk over any range (property)', () => {
    const holidays = ['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-04', '2026-12-25', '2027-01-01'];
    const base = dayNumber('2025-12-01')!;
    fc.assert(
      fc.property(
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        fc.subarray(holidays),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: -3, max: 500 }),
        (weekdays, chosen, start, length) => {
          const calendar = makeCalendar({ working: { weekdays, holidays: chosen } });
          const off = new Set(chosen.map((date) => dayNumber(date)!));
          const first = base + start;
          const last = first + length;
          let walked = 0;
          for (let day = first; day <= last; day++) {
            if (weekdays.includes(isoWeekday(day)) && !off.has(day)) walked++;
          }
          expect(calendar.countDays(first, last)).toBe(walked);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the ISO weekday of any day, before 1970 too, and of no fraction of a day', () => {
    // 1970-01-01 was a Thursday, 2026-11-23 a Monday, 1969-12-28 a Sunday.
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(dayNumber('2026-11-23')!)).toBe(1);
    expect(isoWeekday(dayNumber('1969-12-28')!)).toBe(7);
    expect(isoWeekday(-7 * 100_000)).toBe(4);
    // Far outside 32-bit days it still counts in weeks.
    expect(isoWeekday(2 ** 40)).toBe(((2 ** 40 + 3) % 7) + 1);
    // A fraction of a day is no weekday, so a working calendar never counts it.
    expect(Number.isInteger(isoWeekday(0.5))).toBe(false);
    expect(makeCalendar({ working: { weekdays: [1, 2, 3, 4, 5, 6, 7] } }).counts(0.5)).toBe(false);
  });
});
