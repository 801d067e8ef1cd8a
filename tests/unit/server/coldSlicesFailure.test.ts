// A document that cannot be sliced still opens: its clients get the plain step 2, and the failure is logged
// once rather than retried on every connect.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { SliceCache } from '../../../server/sync/coldSlices.ts';

vi.mock('../../../src/sync/stateSlices.ts', () => ({
  encodeStateSlices: () => {
    throw new Error('the document refers to structs it does not hold');
  },
}));

describe('slicing that fails', () => {
  it('falls back to a plain step 2 and logs once', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < 1000; i++) doc.getMap('cards').set(`card-${i}`, i);
    });
    const log = vi.fn();
    const cache = new SliceCache(doc, { maxStructs: 100, log });
    expect(cache.forClient(new Map())).toBeNull();
    expect(cache.forClient(new Map())).toBeNull();
    expect(log).toHaveBeenCalledTimes(1);
  });
});
