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
});
