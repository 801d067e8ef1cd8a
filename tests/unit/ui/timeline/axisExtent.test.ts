import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/analytics/calendar.ts';
import { addUnits, DAY_PX, unitStart, ZOOMS } from '../../../../src/ui/views/timeline/scale.ts';
import { axisExtent } from '../../../../src/ui/views/timeline/useAxisExtent.ts';

const day = (date: string): number => dayNumber(date)!;

describe('the axis extent', () => {
  it('starts and ends on whole units with room to drag on both sides', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18_000, max: 22_000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(...ZOOMS),
        (min, length, zoom) => {
          const max = min + length;
          const { first, last } = axisExtent(min, max, zoom);
          expect(unitStart(first, zoom)).toBe(first);
          expect(unitStart(last + 1, zoom)).toBe(last + 1);
          expect((min - first) * DAY_PX[zoom]).toBeGreaterThanOrEqual(960);
          expect((last - max) * DAY_PX[zoom]).toBeGreaterThanOrEqual(1920);
          expect(first).toBeLessThanOrEqual(addUnits(min, -2, zoom));
        },
      ),
    );
  });

  it('pads a month zoom by whole months: 192 days before (960 px), 384 after (1,920 px)', () => {
    expect(axisExtent(day('2026-03-15'), day('2026-03-20'), 'month')).toEqual({
      first: day('2025-09-01'),
      last: day('2027-04-30'),
    });
  });
});
