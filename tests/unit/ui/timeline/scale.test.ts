import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/analytics/calendar.ts';
import {
  addUnits,
  datesOf,
  dragSpan,
  makeScale,
  spanOf,
  stepSpan,
  unitStart,
  type TimelineScale,
} from '../../../../src/ui/views/timeline/scale.ts';

const day = (date: string): number => dayNumber(date)!;
const scaleOf = (timeZone: string): TimelineScale => makeScale(timeZone)!;
const HOUR = 3_600_000;
/** 2020 … 2030, in ms: instants the properties draw from. */
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });
const zone = fc.constantFrom('Europe/Berlin', 'America/New_York', 'UTC', 'Australia/Lord_Howe');

describe('local days across DST changes', () => {
  it('knows Berlin and New York days of 23 and 25 hours', () => {
    const berlin = scaleOf('Europe/Berlin');
    // 2026-03-29: clocks go from 02:00 to 03:00; 2026-10-25: from 03:00 back to 02:00.
    const spring = day('2026-03-29');
    expect(berlin.dayStart(spring)).toBe(Date.UTC(2026, 2, 28, 23));
    expect(berlin.dayStart(spring + 1) - berlin.dayStart(spring)).toBe(23 * HOUR);
    const autumn = day('2026-10-25');
    expect(berlin.dayStart(autumn + 1) - berlin.dayStart(autumn)).toBe(25 * HOUR);
    const newYork = scaleOf('America/New_York');
    // 2026-03-08 and 2026-11-01.
    expect(newYork.dayStart(day('2026-03-09')) - newYork.dayStart(day('2026-03-08'))).toBe(23 * HOUR);
    expect(newYork.dayStart(day('2026-11-02')) - newYork.dayStart(day('2026-11-01'))).toBe(25 * HOUR);
    expect(newYork.dayStart(day('2026-11-01'))).toBe(Date.UTC(2026, 10, 1, 4));
  });

  it('gives every local day the same width, so a short day is no narrower on the axis', () => {
    const berlin = scaleOf('Europe/Berlin');
    const spring = day('2026-03-29');
    // 11.5 h into a 23-hour day is the middle of its column, not 11.5/24 of it.
    expect(berlin.dayPosition(berlin.dayStart(spring) + 11.5 * HOUR)).toBeCloseTo(spring + 0.5, 9);
    expect(berlin.dayPosition(berlin.dayStart(spring + 1))).toBe(spring + 1);
  });

  it('maps positions to instants and back, in every zone', () => {
    fc.assert(
      fc.property(zone, instant, (timeZone, ms) => {
        const scale = scaleOf(timeZone);
        expect(scale.timeAt(scale.dayPosition(ms))).toBe(ms);
      }),
    );
  });

  it('snaps an instant to the nearer of its day boundaries in that zone', () => {
    fc.assert(
      fc.property(zone, instant, (timeZone, ms) => {
        const scale = scaleOf(timeZone);
        const snapped = scale.snapToDay(ms);
        const d = scale.dayOf(ms);
        const before = scale.dayStart(d);
        const after = scale.dayStart(d + 1);
        expect([before, after]).toContain(snapped);
        expect(Math.abs(snapped - ms)).toBeLessThanOrEqual(Math.min(ms - before, after - ms) + 1);
      }),
    );
    const berlin = scaleOf('Europe/Berlin');
    // 13:00 local on the 23-hour day is past its middle (12:30 local, 11.5 h in): it snaps to the next day.
    const spring = day('2026-03-29');
    expect(berlin.snapToDay(Date.UTC(2026, 2, 29, 11))).toBe(berlin.dayStart(spring + 1));
    expect(berlin.snapToDay(Date.UTC(2026, 2, 29, 10))).toBe(berlin.dayStart(spring));
  });
});

describe('zoom units', () => {
  it('starts weeks on Monday and months on the first', () => {
    expect(unitStart(day('2026-03-29'), 'week')).toBe(day('2026-03-23'));
    expect(unitStart(day('2026-03-23'), 'week')).toBe(day('2026-03-23'));
    expect(unitStart(day('2026-03-29'), 'month')).toBe(day('2026-03-01'));
    expect(unitStart(day('2026-03-29'), 'day')).toBe(day('2026-03-29'));
  });

  it('finds a unit start on or before the day, less than a unit away', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 40_000 }), (d) => {
        const week = unitStart(d, 'week');
        expect(d - week).toBeGreaterThanOrEqual(0);
        expect(d - week).toBeLessThan(7);
        expect(unitStart(week, 'week')).toBe(week);
        const month = unitStart(d, 'month');
        expect(d - month).toBeLessThan(31);
        expect(new Date(month * 86_400_000).getUTCDate()).toBe(1);
      }),
    );
  });

  it('steps months by the calendar, clamping to the month end', () => {
    expect(addUnits(day('2026-01-31'), 1, 'month')).toBe(day('2026-02-28'));
    expect(addUnits(day('2026-03-15'), -1, 'month')).toBe(day('2026-02-15'));
    expect(addUnits(day('2026-12-10'), 1, 'month')).toBe(day('2027-01-10'));
    expect(addUnits(day('2026-03-15'), 2, 'week')).toBe(day('2026-03-29'));
  });
});

describe('card dates from bars', () => {
  const berlin = scaleOf('Europe/Berlin');
  const start = berlin.dayStart(day('2026-03-27'));
  const due = berlin.dayEnd(day('2026-03-30'));

  it('moves a bar across the spring DST change to whole local days', () => {
    const span = spanOf(berlin, start, due)!;
    expect(span).toEqual({ first: day('2026-03-27'), last: day('2026-03-30') });
    const moved = datesOf(berlin, dragSpan(span, 'move', 1), { start, due });
    // Local midnight of the 28th is 23:00 UTC (CET); the end of the 31st is 21:59:59.999 UTC (CEST).
    expect(moved).toEqual({ start: Date.UTC(2026, 2, 27, 23), due: Date.UTC(2026, 2, 31, 22) - 1 });
  });

  it('keeps a one-date card to one date, and a bar at least a day long', () => {
    const dueOnly = spanOf(berlin, null, due)!;
    expect(dueOnly.first).toBe(dueOnly.last);
    expect(datesOf(berlin, dragSpan(dueOnly, 'move', -2), { start: null, due })).toEqual({
      start: null,
      due: berlin.dayEnd(day('2026-03-28')),
    });
    // Stretched, a due-only card gains a start.
    expect(datesOf(berlin, dragSpan(dueOnly, 'start', -1), { start: null, due })).toEqual({
      start: berlin.dayStart(day('2026-03-29')),
      due,
    });
    const span = spanOf(berlin, start, due)!;
    expect(dragSpan(span, 'start', 10)).toEqual({ first: span.last, last: span.last });
    expect(dragSpan(span, 'end', -10)).toEqual({ first: span.first, last: span.first });
    expect(spanOf(berlin, null, null)).toBeNull();
  });

  it('never lets a drag or a step put the start after the due date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18_000, max: 22_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('move' as const, 'start' as const, 'end' as const),
        fc.integer({ min: -100, max: 100 }),
        fc.constantFrom('day' as const, 'week' as const, 'month' as const),
        (first, length, part, delta, zoom) => {
          const span = { first, last: first + length };
          for (const next of [dragSpan(span, part, delta), stepSpan(span, part, delta >= 0 ? 1 : -1, zoom)]) {
            expect(next.first).toBeLessThanOrEqual(next.last);
            const dates = datesOf(berlin, next, { start: 1, due: 2 });
            expect(dates.start!).toBeLessThan(dates.due!);
            if (part === 'move') expect(next.last - next.first).toBe(length);
          }
        },
      ),
    );
  });

  it('steps by one zoom unit with the keyboard', () => {
    const span = { first: day('2026-01-31'), last: day('2026-02-02') };
    expect(stepSpan(span, 'move', 1, 'month')).toEqual({ first: day('2026-02-28'), last: day('2026-03-02') });
    expect(stepSpan(span, 'move', -1, 'week')).toEqual({ first: day('2026-01-24'), last: day('2026-01-26') });
    expect(stepSpan(span, 'end', 1, 'day')).toEqual({ first: span.first, last: day('2026-02-03') });
    expect(stepSpan(span, 'start', -1, 'day')).toEqual({ first: day('2026-01-30'), last: span.last });
  });

  it('refuses an unknown zone', () => {
    expect(makeScale('Mars/Olympus')).toBeNull();
  });
});
