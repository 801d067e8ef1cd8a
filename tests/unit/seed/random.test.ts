import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../server/seed/random.ts';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('draws integers inside the inclusive range and reaches both ends', () => {
    const random = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(random.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('gives log-normal durations around the median', () => {
    const random = createRandom(5);
    const samples = Array.from({ length: 4001 }, () => random.logNormal(2, 0.8)).sort((x, y) => x - y);
    expect(samples.every((x) => x > 0)).toBe(true);
    expect(samples[2000]).toBeGreaterThan(1.7);
    expect(samples[2000]).toBeLessThan(2.3);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});
