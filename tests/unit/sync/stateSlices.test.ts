import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createCard,
  initSpaceDoc,
  moveCard,
  orderedStatuses,
  updateCard,
} from '../../../src/domain/index.ts';
import { encodeStateSlices } from '../../../src/sync/stateSlices.ts';

/** Applies `slices` one transaction each to a new document, checking after each that nothing is pending. */
function loadSlices(slices: Uint8Array[], format: 'v1' | 'v2' = 'v1'): Y.Doc {
  const doc = new Y.Doc();
  for (const slice of slices) {
    if (format === 'v2') Y.applyUpdateV2(doc, slice);
    else Y.applyUpdate(doc, slice);
    expect(doc.store.pendingStructs).toBeNull();
    expect(doc.store.pendingDs).toBeNull();
  }
  return doc;
}

function structCount(update: Uint8Array, format: 'v1' | 'v2' = 'v1'): number {
  return (format === 'v2' ? Y.decodeUpdateV2 : Y.decodeUpdate)(update).structs.length;
}

/** What a document holds, as far as anyone can tell from outside. */
function contents(doc: Y.Doc) {
  return {
    vector: Y.decodeStateVector(Y.encodeStateVector(doc)),
    cards: doc.getMap('cards').toJSON(),
    history: doc.getArray('history').toJSON(),
    deleted: Y.createDeleteSetFromStructStore(doc.store),
  };
}

function expectSame(loaded: Y.Doc, source: Y.Doc) {
  const a = contents(loaded);
  const b = contents(source);
  expect(a.vector).toEqual(b.vector);
  expect(a.cards).toEqual(b.cards);
  expect(a.history).toEqual(b.history);
  expect(Y.equalDeleteSets(a.deleted, b.deleted)).toBe(true);
}

// One edit by one replica: nested maps set, overwritten and deleted, array items inserted and deleted.
const edit = fc.record({
  replica: fc.nat(2),
  kind: fc.constantFrom('newCard', 'setField', 'deleteCard', 'append', 'insert', 'deleteItem', 'sync'),
  key: fc.nat(5),
  value: fc.string({ maxLength: 3 }),
});

describe('encodeStateSlices', () => {
  it('rebuilds any document, slice by slice, with nothing ever pending', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (edits, maxStructs, firstStructs) => {
          const replicas = [0, 1, 2].map((i) => {
            const doc = new Y.Doc();
            doc.clientID = 10 + i;
            return doc;
          });
          for (const { replica, kind, key, value } of edits) {
            const doc = replicas[replica]!;
            const cards = doc.getMap<Y.Map<string>>('cards');
            const history = doc.getArray<string>('history');
            if (kind === 'newCard') {
              const card = new Y.Map<string>();
              card.set('title', value);
              cards.set(`c${key}`, card);
            } else if (kind === 'setField') cards.get(`c${key}`)?.set(`f${key % 2}`, value);
            else if (kind === 'deleteCard') cards.delete(`c${key}`);
            else if (kind === 'append') history.push([value, value]);
            else if (kind === 'insert') history.insert(Math.min(key, history.length), [value]);
            else if (kind === 'deleteItem' && history.length > 0) history.delete(key % history.length, 1);
            else if (kind === 'sync') {
              const other = replicas[(replica + 1 + (key % 2)) % 3]!;
              Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)));
            }
          }
          const source = replicas[0]!;
          for (const other of replicas.slice(1))
            Y.applyUpdate(source, Y.encodeStateAsUpdate(other, Y.encodeStateVector(source)));

          const slices = encodeStateSlices(source, { maxStructs, firstStructs });
          slices
            .slice(0, -1)
            .forEach((slice, i) =>
              expect(structCount(slice)).toBeLessThanOrEqual(Math.min(maxStructs, firstStructs * 2 ** i)),
            );
          expectSame(loadSlices(slices), source);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('slices a space built with the domain operations, in both update formats', () => {
    const source = new Y.Doc();
    initSpaceDoc(source, { id: 'sp1' }, { actor: 'u1' });
    const [first, second] = orderedStatuses(source).map((status) => status.id);
    for (let i = 0; i < 300; i++) {
      const at = { actor: 'u1', now: () => 1_000 + i };
      const cardId = createCard(source, { title: `Pump ${i}`, statusId: first! }, at);
      if (i % 2 === 0)
        moveCard(source, { cardId, toStatusId: second! }, { actor: 'u2', now: () => 2_000 + i });
      if (i % 3 === 0) updateCard(source, { cardId, title: `Pump ${i} (RMA)` }, at);
    }
    for (const format of ['v1', 'v2'] as const) {
      const slices = encodeStateSlices(source, { maxStructs: 100, format });
      expect(slices.length).toBeGreaterThan(5);
      // The first slices are small (a cold decoder is slow), doubling up to the most: 7, 14, 28, 56, 100, …
      const counts = slices.slice(0, -1).map((slice) => structCount(slice, format));
      expect(counts.slice(0, 5)).toEqual([7, 14, 28, 56, 100]);
      const loaded = loadSlices(slices, format);
      expectSame(loaded, source);
      expect(loaded.getMap('statuses').toJSON()).toEqual(source.getMap('statuses').toJSON());
    }
  });

  it('gives one empty update for an empty document', () => {
    const slices = encodeStateSlices(new Y.Doc());
    expect(slices).toHaveLength(1);
    const doc = loadSlices(slices);
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
  });
});
