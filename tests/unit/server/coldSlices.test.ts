// When the server answers a client's sync step 1 with slices, and when it computes them again.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SliceCache, unionStateVector } from '../../../server/sync/coldSlices.ts';

/** A document of `entries` map entries written by one client, each its own struct. */
function docWith(entries: number): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (let i = 0; i < entries; i++) doc.getMap('cards').set(`card-${i}`, { title: `Return ${i}` });
  });
  return doc;
}

const vectorOf = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc));
const empty = new Map<number, number>();

describe('slices for a cold client', () => {
  it('slices a big document for an empty client, once, and reuses them', () => {
    const doc = docWith(1000);
    const cache = new SliceCache(doc, { maxStructs: 100 });
    const slices = cache.forClient(empty);
    // 13 slices of structs (7, 14, 28, 56, then 100 each); the delete set is left to step 2, which always
    // carries the current one.
    expect(slices?.messages).toHaveLength(13);
    expect(slices?.stateVector).toEqual(vectorOf(doc));
    expect(cache.forClient(empty)).toBe(slices);
    expect(cache.computed).toBe(1);
  });

  it('answers a client holding half the document or more with a plain step 2', () => {
    const doc = docWith(1000);
    const half = docWith(0);
    Y.applyUpdate(half, Y.encodeStateAsUpdate(doc));
    doc.transact(() => {
      for (let i = 0; i < 900; i++) doc.getMap('cards').set(`late-${i}`, i);
    });
    const cache = new SliceCache(doc, { maxStructs: 100 });
    expect(cache.forClient(vectorOf(half))).toBeNull();
    // Lacking 1,000 of 1,900 clock units, it gets slices.
    const less = new Map(vectorOf(half));
    for (const [client, clock] of less) less.set(client, clock - 100);
    expect(cache.forClient(less)).not.toBeNull();
  });

  it('does not slice a document that fits in one slice', () => {
    const cache = new SliceCache(docWith(80), { maxStructs: 100 });
    expect(cache.forClient(empty)).toBeNull();
    expect(cache.computed).toBe(0);
  });

  it('takes the slices again once the edits since outgrow a slice', () => {
    const doc = docWith(1000);
    const cache = new SliceCache(doc, { maxStructs: 100 });
    const first = cache.forClient(empty);
    doc.getMap('cards').set('late', 1);
    expect(cache.forClient(empty)).toBe(first);
    doc.transact(() => {
      for (let i = 0; i < 100; i++) doc.getMap('cards').set(`later-${i}`, i);
    });
    const second = cache.forClient(empty);
    expect(second).not.toBe(first);
    expect(second?.stateVector).toEqual(vectorOf(doc));
    expect(cache.computed).toBe(2);
  });

  it('unions state vectors client by client', () => {
    const union = unionStateVector(
      new Map([
        [1, 10],
        [2, 5],
      ]),
      new Map([
        [2, 7],
        [3, 1],
      ]),
    );
    expect(union).toEqual(
      new Map([
        [1, 10],
        [2, 7],
        [3, 1],
      ]),
    );
  });
});
