import { describe, expect, it } from 'vitest';
import { placeAt, sortKeyed, type Keyed } from '../../../src/domain/ordering.ts';

describe('fractional ordering', () => {
  it('sorts by key, then id', () => {
    const items = [
      { id: 'b', key: 'a1' },
      { id: 'a', key: 'a1' },
      { id: 'z', key: 'a0' },
    ];
    expect(sortKeyed(items).map((item) => item.id)).toEqual(['z', 'a', 'b']);
  });

  it('places at the ends and between distinct keys without rekeying', () => {
    const list: Keyed[] = [
      { id: 'x', key: 'a0' },
      { id: 'y', key: 'a1' },
    ];
    for (const index of [0, 1, 2]) {
      const { key, rekeyed } = placeAt(list, index);
      expect(rekeyed).toEqual([]);
      const placed = sortKeyed([...list, { id: 'new', key }]).map((item) => item.id);
      expect(placed.indexOf('new')).toBe(index);
    }
  });

  it('rekeys a run of equal keys so the new item lands exactly where asked', () => {
    const list: Keyed[] = sortKeyed([
      { id: 'p', key: 'a0' },
      { id: 'q', key: 'a1' },
      { id: 'r', key: 'a1' },
      { id: 's', key: 'a1' },
      { id: 't', key: 'a2' },
    ]);
    const { key, rekeyed } = placeAt(list, 2);
    expect(rekeyed.map((item) => item.id)).toEqual(['r', 's']);
    const moved = new Map(rekeyed.map((item) => [item.id, item.key]));
    const result = sortKeyed([
      ...list.map((item) => ({ id: item.id, key: moved.get(item.id) ?? item.key })),
      { id: 'new', key },
    ]);
    expect(result.map((item) => item.id)).toEqual(['p', 'q', 'new', 'r', 's', 't']);
    expect(new Set(result.slice(1, 5).map((item) => item.key)).size).toBe(4);
  });
});
