import { generateKeyBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/index.ts';
import {
  INVALID_KEY,
  MAX_KEY_LENGTH,
  isValidKey,
  keyBetween,
  placeAt,
  sortKeyed,
  type Keyed,
} from '../../../src/domain/ordering.ts';

/** Whether fractional-indexing itself accepts `key` as a bound. */
function libraryAccepts(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

describe('fractional ordering', () => {
  it('sorts by key, then id', () => {
    const items = [
      { id: 'b', key: 'a1' },
      { id: 'a', key: 'a1' },
      { id: 'z', key: 'a0' },
    ];
    expect(sortKeyed(items).map((item) => item.id)).toEqual(['z', 'a', 'b']);
  });

  it('places at the ends and between distinct keys', () => {
    const list: Keyed[] = [
      { id: 'x', key: 'a0' },
      { id: 'y', key: 'a1' },
    ];
    for (const index of [0, 1, 2]) {
      const { key } = placeAt(list, index);
      expect(isValidKey(key)).toBe(true);
      const placed = sortKeyed([...list, { id: 'new', key }]).map((item) => item.id);
      expect(placed.indexOf('new')).toBe(index);
    }
  });

  it('places an item asked to go into a run of equal keys right after the run', () => {
    const list: Keyed[] = sortKeyed([
      { id: 'p', key: 'a0' },
      { id: 'q', key: 'a1' },
      { id: 'r', key: 'a1' },
      { id: 's', key: 'a1' },
      { id: 't', key: 'a2' },
    ]);
    const { key } = placeAt(list, 2);
    const result = sortKeyed([...list, { id: 'new', key }]);
    expect(result.map((item) => item.id)).toEqual(['p', 'q', 'r', 's', 'new', 't']);
  });

  it('never uses a malformed key as a bound', () => {
    const list: Keyed[] = [
      { id: 'p', key: 'a0' },
      { id: 'x', key: INVALID_KEY },
      { id: 'y', key: 'zz' },
    ];
    for (const index of [0, 1, 2, 3]) {
      const { key } = placeAt(list, index);
      expect(isValidKey(key)).toBe(true);
    }
    expect(placeAt(list, 3).key > 'a0').toBe(true);
    expect(placeAt(list, 0).key < 'a0').toBe(true);
  });

  it('generates distinct valid keys strictly between any two valid keys', () => {
    let keys = [generateKeyBetween(null, null)];
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(Math.random() * (keys.length + 1));
      const lo = keys[at - 1] ?? null;
      const hi = keys[at] ?? null;
      const key = keyBetween(lo, hi);
      expect(isValidKey(key) && libraryAccepts(key)).toBe(true);
      if (lo !== null) expect(key > lo).toBe(true);
      if (hi !== null) expect(key < hi).toBe(true);
      keys = [...keys.slice(0, at), key, ...keys.slice(at)];
    }
    // A lower bound whose plain successor is a prefix of the upper bound.
    for (let i = 0; i < 200; i++) {
      const key = keyBetween('a0U', 'a0Va');
      expect(key > 'a0U' && key < 'a0Va' && isValidKey(key)).toBe(true);
    }
    const same = new Set(Array.from({ length: 50 }, () => keyBetween('a0', 'a1')));
    expect(same.size).toBeGreaterThan(45);
  });

  it('validates keys the way fractional-indexing does', () => {
    const samples = ['a0', 'a1V', 'a10', 'zz', 'Zz', 'Z0', 'b12', 'b1', 'A' + '0'.repeat(26), '', '0a', 'a'];
    for (const sample of samples) expect(isValidKey(sample), sample).toBe(libraryAccepts(sample));
    // Stricter than the library, which reads unknown characters as the digit 0.
    expect(isValidKey('a0-')).toBe(false);
    const alphabet = 'aAbzZ0019V';
    for (let i = 0; i < 2000; i++) {
      const length = 1 + Math.floor(Math.random() * 5);
      let key = '';
      for (let j = 0; j < length; j++) key += alphabet[Math.floor(Math.random() * alphabet.length)];
      expect(isValidKey(key), key).toBe(libraryAccepts(key));
    }
  });

  describe('key length under repeated inserts at one spot', () => {
    /** What the jitter adds to a plain key: a `0` and three random digits. */
    const JITTER = 4;
    type Spot = (generate: (lo: string | null, hi: string | null) => string, n: number) => string[];
    /** Each new key bounds the next one, the way a column grows when cards keep landing at one place. */
    const repeat =
      (next: (last: string, generate: (lo: string | null, hi: string | null) => string) => string): Spot =>
      (generate, n) => {
        const keys = ['a0'];
        for (let i = 0; i < n; i++) keys.push(next(keys[keys.length - 1]!, generate));
        return keys;
      };
    const spots: [string, Spot, number, (previous: string, key: string) => boolean][] = [
      ['the top', repeat((first, generate) => generate(null, first)), 10_000, (p, k) => k < p],
      ['the bottom', repeat((last, generate) => generate(last, null)), 10_000, (p, k) => k > p],
      // In the middle even plain keys grow by a character every five or six inserts, so these runs stop
      // well below the length cap.
      [
        'right after one card',
        repeat((hi, generate) => generate('Zz', hi)),
        2_000,
        (p, k) => 'Zz' < k && k < p,
      ],
      [
        'right before one card',
        repeat((lo, generate) => generate(lo, 'a1')),
        2_000,
        (p, k) => p < k && k < 'a1',
      ],
    ];

    it.each(spots)('keeps keys as short as plain fractional indexing at %s', (_, spot, n, ordered) => {
      const plain = spot(generateKeyBetween, n);
      const jittered = spot(keyBetween, n);
      for (let i = 1; i <= n; i++) {
        const key = jittered[i]!;
        expect(isValidKey(key) && ordered(jittered[i - 1]!, key), key).toBe(true);
        expect(key.length, `insert ${i}`).toBeLessThanOrEqual(plain[i]!.length + JITTER);
      }
    });

    it('refuses an insert no key within the length cap fits, rather than writing a longer key', () => {
      let hi = 'a1';
      let refused: unknown;
      for (let i = 0; i < 5_000; i++) {
        let key: string;
        try {
          key = keyBetween('a0', hi);
        } catch (error) {
          refused = error;
          break;
        }
        expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
        expect(isValidKey(key) && key > 'a0' && key < hi).toBe(true);
        hi = key;
      }
      expect(refused).toBeInstanceOf(DomainError);
      expect((refused as DomainError).code).toBe('invalid_input');
      // Near the cap the random digits are dropped before any key is refused.
      const long = 'a0' + 'V'.repeat(MAX_KEY_LENGTH - 3);
      const key = keyBetween(long, long + 'V');
      expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
      expect(key > long && key < long + 'V').toBe(true);
    });
  });
});
