import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectIndex } from '../../../src/analytics/select.ts';

/** The reference: what sorting puts at index k. */
const sortedAt = (values: number[], k: number) => Float64Array.from(values).sort()[k];

describe('selectIndex: the value sorting would put at k, without sorting', () => {
  it('agrees with Float64Array sort, −0, NaN and ties included (property)', () => {
    const value = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity),
      fc.integer({ min: 0, max: 5 }),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), fc.nat(), (values, seed) => {
        const k = seed % values.length;
        const a = Float64Array.from(values);
        selectIndex(a, k, 0, a.length - 1);
        expect(Object.is(a[k], sortedAt(values, k))).toBe(true);
        for (let i = 0; i < k; i++) expect(a[i]! <= a[k]! || Number.isNaN(a[k]!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('handles sorted, reversed and constant inputs of any size', () => {
    for (const n of [1, 2, 3, 10, 1_000]) {
      const up = Array.from({ length: n }, (_, i) => i);
      for (const values of [up, [...up].reverse(), up.map(() => 7)]) {
        for (const k of [0, n >> 1, n - 1]) {
          const a = Float64Array.from(values);
          selectIndex(a, k, 0, n - 1);
          expect(a[k]).toBe(sortedAt(values, k));
        }
      }
    }
  });
});
