import { describe, expect, it } from 'vitest';
import { CalendarError, dayNumber, dayString, makeCalendar } from '../../../src/analytics/index.ts';
import { t } from './helpers.ts';

describe('days in a time zone', () => {
  it('buckets an instant on its local date, not its UTC date', () => {
    const berlin = makeCalendar({ timeZone: 'Europe/Berlin' });
    // 23:30 UTC on 2 March is 00:30 on 3 March in Berlin (UTC+1 in winter).
    expect(dayString(berlin.dayOf(t('2026-03-02T23:30Z')))).toBe('2026-03-03');
    expect(dayString(berlin.dayOf(t('2026-03-02T22:59:59.999Z')))).toBe('2026-03-02');
    const utc = makeCalendar();
    expect(dayString(utc.dayOf(t('2026-03-02T23:30Z')))).toBe('2026-03-02');
    const newYork = makeCalendar({ timeZone: 'America/New_York' });
    expect(dayString(newYork.dayOf(t('2026-03-03T03:00Z')))).toBe('2026-03-02');
  });

  it('has 23- and 25-hour days across DST in Europe/Berlin', () => {
    const berlin = makeCalendar({ timeZone: 'Europe/Berlin' });
    const length = (date: string) => {
      const day = dayNumber(date)!;
      return (berlin.dayStart(day + 1) - berlin.dayStart(day)) / 3_600_000;
    };
    expect(length('2026-03-29')).toBe(23);
    expect(length('2026-03-30')).toBe(24);
    expect(length('2026-10-25')).toBe(25);
    // Midnight to midnight across the spring change is one whole day later, though only 23 h elapsed.
    const from = t('2026-03-28T23:00Z'); // 29 March 00:00 CET
    const to = t('2026-03-29T22:00Z'); // 30 March 00:00 CEST
    expect(berlin.wholeDays(from, to)).toBe(2);
    expect(berlin.fractionalDays(from, to)).toBeCloseTo(23 / 24, 12);
  });

  it('starts a day at the transition where DST skips midnight (America/Santiago)', () => {
    const santiago = makeCalendar({ timeZone: 'America/Santiago' });
    // On 8 September 2024 clocks jumped from 00:00 to 01:00 (UTC−4 → UTC−3).
    expect(santiago.dayStart(dayNumber('2024-09-08')!)).toBe(t('2024-09-08T04:00Z'));
    expect(dayString(santiago.dayOf(t('2024-09-08T03:59:59Z')))).toBe('2024-09-07');
    expect(dayString(santiago.dayOf(t('2024-09-08T04:00Z')))).toBe('2024-09-08');
  });

  it('refuses unknown zones, weekdays and holiday dates', () => {
    expect(() => makeCalendar({ timeZone: 'Mars/Olympus' })).toThrow(CalendarError);
    expect(() => makeCalendar({ working: { weekdays: [0] } })).toThrow(CalendarError);
    expect(() => makeCalendar({ working: { weekdays: [1], holidays: ['2026-02-30'] } })).toThrow(
      CalendarError,
    );
  });
});

describe('working days', () => {
  const working = makeCalendar({
    timeZone: 'Europe/Berlin',
    working: { weekdays: [1, 2, 3, 4, 5], holidays: ['2026-04-03'] }, // Good Friday
  });

  it('counts weekdays and skips holidays', () => {
    // Mon 30 March … Sun 5 April 2026: four working days (Friday is a holiday).
    expect(working.countDays(dayNumber('2026-03-30')!, dayNumber('2026-04-05')!)).toBe(4);
    expect(working.countDays(dayNumber('2026-03-30')!, dayNumber('2026-04-26')!)).toBe(19);
    expect(dayString(working.addDays(dayNumber('2026-04-02')!, 1))).toBe('2026-04-06');
  });

  it('measures whole and fractional working days', () => {
    // Thursday 12:00 → Monday 12:00 (local): half of Thursday + half of Monday; Friday is a holiday.
    const from = t('2026-04-02T10:00Z');
    const to = t('2026-04-06T10:00Z');
    expect(working.wholeDays(from, to)).toBe(2);
    expect(working.fractionalDays(from, to)).toBeCloseTo(1, 12);
    // Saturday to Sunday counts as at least one day.
    expect(working.wholeDays(t('2026-04-04T08:00Z'), t('2026-04-05T08:00Z'))).toBe(1);
    expect(working.fractionalDays(t('2026-04-04T08:00Z'), t('2026-04-05T08:00Z'))).toBe(0);
  });
});
