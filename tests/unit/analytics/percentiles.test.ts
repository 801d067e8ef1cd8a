import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRank, percentiles } from '../../../src/analytics/index.ts';

describe('nearest-rank percentiles: sorted[ceil(p·n) − 1]', () => {
  it('picks observed values by rank, without floating-point drift at 70 % of 10', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentiles(ten)).toEqual({ 50: 5, 70: 7, 85: 9, 95: 10 });
    expect(nearestRank(ten, 20)).toBe(2);
    expect(nearestRank(ten, 80)).toBe(8);
  });

  it('sorts its input and handles one value and none', () => {
    expect(percentiles([9, 1, 5])).toEqual({ 50: 5, 70: 9, 85: 9, 95: 9 });
    expect(percentiles([4])).toEqual({ 50: 4, 70: 4, 85: 4, 95: 4 });
    expect(percentiles([])).toEqual({ 50: null, 70: null, 85: null, 95: null });
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => nearestRank([1], 0)).toThrow(RangeError);
    expect(() => nearestRank([1], 101)).toThrow(RangeError);
  });

  it('is monotonic in p and always an observed value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1 }), (values) => {
        const table = percentiles(values);
        expect(table[50]!).toBeLessThanOrEqual(table[70]!);
        expect(table[70]!).toBeLessThanOrEqual(table[85]!);
        expect(table[85]!).toBeLessThanOrEqual(table[95]!);
        for (const value of Object.values(table)) expect(values).toContain(value);
      }),
    );
  });

  it('matches the contract formula for every n and integer p (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 100 }), (n, p) => {
        const sorted = Array.from({ length: n }, (_, i) => i);
        // Exact rational arithmetic: ceil(p·n/100) with integers.
        const rank = Math.floor((p * n + 99) / 100);
        expect(nearestRank(sorted, p)).toBe(sorted[rank - 1]);
      }),
    );
  });

  it('gives the values sorting gives, for whole days, ties, wide ranges, −0 and NaN (property)', () => {
    const value = fc.oneof(
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
      fc.constantFrom(0, -0, 0.5, Number.NaN, Infinity, 2 ** 40),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 200 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        const table = percentiles(values);
        for (const p of [50, 70, 85, 95] as const) {
          const expected = sorted[Math.ceil((p * sorted.length) / 100) - 1];
          expect(Object.is(table[p], expected)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the values sorting gives for long lists too, skewed, tied or at the ends of the doubles (property)', () => {
    const list = fc.oneof(
      // Spread values, as fractional days are.
      fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 400 }), {
        minLength: 256,
        maxLength: 3_000,
      }),
      // A long tail: most values small, a few far out.
      fc.array(
        fc.oneof(
          fc.double({ noNaN: true, min: 0, max: 1, noDefaultInfinity: true }),
          fc.constantFrom(1e6, 3e9),
        ),
        { minLength: 256, maxLength: 3_000 },
      ),
      // Few distinct values, many ties.
      fc.array(fc.constantFrom(0.25, 0.5, 1.75, 2, 300.125), { minLength: 256, maxLength: 3_000 }),
      // Ranges doubles cannot scale: the whole width of the doubles, or subnormals.
      fc.array(fc.constantFrom(-Number.MAX_VALUE, Number.MAX_VALUE, 0, 1.5), {
        minLength: 256,
        maxLength: 600,
      }),
      fc.array(fc.constantFrom(0, 5e-324, 1e-323), { minLength: 256, maxLength: 600 }),
      // Large integers, too wide to count.
      fc.array(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), { minLength: 256, maxLength: 3_000 }),
    );
    fc.assert(
      fc.property(list, (values) => {
        const sorted = Float64Array.from(values).sort();
        const table = percentiles(values);
        for (const p of [50, 70, 85, 95] as const) {
          expect(Object.is(table[p], sorted[Math.ceil((p * sorted.length) / 100) - 1])).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
