import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cardsInStatus,
  columnKeys,
  createCard,
  moveCard,
  readSpace,
  spaceMaps,
  updateCard,
} from '../../../src/domain/index.ts';
import { ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

describe('documents holding values a faulty peer wrote', () => {
  it('skips non-record values and keeps working around them', () => {
    const doc = freshSpace();
    const [todo, doing] = statusIds(doc);
    const card = createCard(doc, { statusId: todo!, title: 'Real card' }, ctxOf());
    const { cards, statuses } = spaceMaps(doc);
    doc.transact(() => {
      cards.set('junk', 'not a card' as never);
      statuses.set('junk', 42 as never);
    });
    expect(Object.keys(readSpace(doc).cards)).toEqual([card]);
    expect(Object.keys(readSpace(doc).statuses)).toHaveLength(3);
    moveCard(doc, { cardId: card, toStatusId: doing! }, ctxOf());
    expect(cardsInStatus(doc, doing!).map((c) => c.id)).toEqual([card]);
    expectRefused(doc, 'unknown_card', () => updateCard(doc, { cardId: 'junk', title: 'X' }, ctxOf()));
    expectRefused(doc, 'unknown_status', () => moveCard(doc, { cardId: card, toStatusId: 'junk' }, ctxOf()));
  });

  it('reads a card with a malformed field using safe defaults', () => {
    const doc = freshSpace();
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Card' }, ctxOf());
    const record = spaceMaps(doc).cards.get(card) as Y.Map<unknown>;
    doc.transact(() => {
      record.set('due', 'tomorrow');
      record.set('labels', 'x');
    });
    expect(readSpace(doc).cards[card]).toMatchObject({ due: null, labels: [] });
  });

  it('adds one observer of its own to a document for its column index, however often columns are read', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const { cards } = spaceMaps(doc);
    const deepObservers = () => (cards as unknown as { _dEH: { l: unknown[] } })._dEH.l.length;
    const before = deepObservers();
    createCard(doc, { statusId: todo!, title: 'Card' }, ctxOf());
    columnKeys(doc, todo!);
    const withIndex = deepObservers();
    expect(withIndex).toBe(before + 1);
    for (let i = 0; i < 5; i++) {
      createCard(doc, { statusId: todo!, title: `Card ${i}` }, ctxOf());
      columnKeys(doc, todo!);
      cardsInStatus(doc, todo!);
    }
    expect(deepObservers()).toBe(withIndex);
  });
});
