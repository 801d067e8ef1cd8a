// The index of card places that placing a card reads must always give the same columns as a full scan of
// the cards: after local moves and archives, after a colleague's updates arrive, and after undo and redo.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  archiveCard,
  columnKeys,
  createCard,
  createUndo,
  moveCard,
  prepareColumnIndex,
} from '../../../src/domain/index.ts';
import { scanColumnKeys } from '../../../src/domain/read/columnIndex.ts';
import { ctxOf, freshSpace, statusIds } from './helpers.ts';

function expectIndexMatchesScan(doc: Y.Doc, statuses: string[]): void {
  for (const statusId of statuses) expect(columnKeys(doc, statusId)).toEqual(scanColumnKeys(doc, statusId));
}

const step = fc.record({
  who: fc.constantFrom(0, 1),
  kind: fc.constantFrom('move', 'move', 'create', 'archive', 'restore', 'sync', 'undo', 'redo'),
  card: fc.nat(),
  status: fc.nat(),
  slot: fc.nat(),
});

describe('column index', () => {
  it('answers like a full scan through local edits, remote updates, undo and redo', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const a = freshSpace();
        const b = new Y.Doc();
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
        const docs = [a, b];
        const statuses = statusIds(a);
        const undo = createUndo(a, ctxOf('alice'));
        const cards: string[] = [];
        for (let i = 0; i < 4; i++)
          cards.push(createCard(a, { statusId: statuses[0]!, title: `Card ${i}` }, ctxOf()));
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
        // Read once first, so the index exists before the edits it must follow.
        expectIndexMatchesScan(a, statuses);
        expectIndexMatchesScan(b, statuses);

        for (const s of steps) {
          const doc = docs[s.who]!;
          const ctx = ctxOf(s.who === 0 ? 'alice' : 'bob');
          const cardId = cards[s.card % cards.length]!;
          const statusId = statuses[s.status % statuses.length]!;
          try {
            if (s.kind === 'move') {
              const column = columnKeys(doc, statusId).filter((c) => c.id !== cardId);
              const after = column[(s.slot % (column.length + 1)) - 1]?.id ?? null;
              moveCard(doc, { cardId, toStatusId: statusId, afterId: after }, ctx);
            } else if (s.kind === 'create') {
              cards.push(createCard(doc, { statusId, title: 'More' }, ctx));
            } else if (s.kind === 'archive' || s.kind === 'restore') {
              archiveCard(doc, { cardId, archived: s.kind === 'archive' }, ctx);
            } else if (s.kind === 'sync') {
              Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
              Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
            } else if (s.kind === 'undo') {
              undo.undo();
            } else {
              undo.redo();
            }
          } catch {
            // Refusals (a card archived meanwhile, nothing to undo) change nothing; the index must agree.
          }
          expectIndexMatchesScan(a, statuses);
          expectIndexMatchesScan(b, statuses);
        }
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });
});

function copyOf(source: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  return doc;
}

describe('column index built over several tasks', () => {
  it('follows edits made while it is built, and a placement midway finishes it at once', async () => {
    const source = freshSpace();
    const statuses = statusIds(source);
    const ids = Array.from({ length: 30 }, (_, i) =>
      createCard(source, { statusId: statuses[i % 2]!, title: `Card ${i}` }, ctxOf()),
    );
    // A copy as a device loads it: no index yet.
    const doc = copyOf(source);
    let pauses = 0;
    // A colleague's edits arriving while the index is built.
    const remote = (edit: () => unknown) => () => {
      const before = Y.encodeStateVector(doc);
      edit();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(source, before));
    };
    // The first card the scan reads moves again and again, after it was scanned too.
    const first = [...doc.getMap('cards').keys()][0]!;
    const edits = [
      remote(() => archiveCard(source, { cardId: ids[29]!, archived: true }, ctxOf())),
      remote(() => createCard(source, { statusId: statuses[2]!, title: 'Late' }, ctxOf())),
      ...statuses.map((statusId) =>
        remote(() => moveCard(source, { cardId: first, toStatusId: statusId }, ctxOf())),
      ),
    ];
    // Each pause lets one edit in, as other tasks would.
    await prepareColumnIndex(doc, async () => void edits[pauses++]?.(), 4);
    expect(pauses).toBe(Math.ceil(30 / 4));
    expectIndexMatchesScan(doc, statuses);

    // A placement while the scan is still going (its pause never returns) finishes it and gets it whole.
    const otherSource = freshSpace();
    const otherStatuses = statusIds(otherSource);
    for (let i = 0; i < 10; i++)
      createCard(otherSource, { statusId: otherStatuses[0]!, title: `C${i}` }, ctxOf());
    const other = copyOf(otherSource);
    void prepareColumnIndex(other, () => new Promise(() => {}), 3);
    moveCard(
      other,
      { cardId: [...other.getMap('cards').keys()][0]!, toStatusId: otherStatuses[1]! },
      ctxOf(),
    );
    expectIndexMatchesScan(other, otherStatuses);
  });
});
