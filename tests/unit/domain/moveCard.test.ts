import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardHistory, cardsInStatus, createCard, moveCard, readSpace } from '../../../src/domain/index.ts';
import { ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

const ctx = ctxOf();

function column(doc: Y.Doc, statusId: string): string[] {
  return cardsInStatus(doc, statusId).map((card) => card.id);
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('moveCard', () => {
  it('moves between statuses with one moved event, and within a status with none', () => {
    const doc = freshSpace();
    const [todo, doing] = statusIds(doc);
    const a = createCard(doc, { statusId: todo!, title: 'A' }, ctx);
    const b = createCard(doc, { statusId: todo!, title: 'B' }, ctx);
    const c = createCard(doc, { statusId: doing!, title: 'C' }, ctx);
    moveCard(doc, { cardId: a, toStatusId: doing!, beforeId: c }, ctxOf('bob', 42));
    expect(column(doc, todo!)).toEqual([b]);
    expect(column(doc, doing!)).toEqual([a, c]);
    expect(cardHistory(doc, a).map(({ id: _id, ...event }) => event)).toEqual([
      expect.objectContaining({ type: 'created' }),
      { card: a, type: 'moved', at: 42, by: 'bob', toStatusId: doing },
    ]);
    moveCard(doc, { cardId: a, toStatusId: doing!, afterId: c }, ctx);
    expect(column(doc, doing!)).toEqual([c, a]);
    expect(cardHistory(doc, a)).toHaveLength(2);
  });

  it('places between two neighbours and at the bottom by default', () => {
    const doc = freshSpace();
    const [todo, doing] = statusIds(doc);
    const [a, b, c] = ['A', 'B', 'C'].map((title) => createCard(doc, { statusId: todo!, title }, ctx));
    const d = createCard(doc, { statusId: doing!, title: 'D' }, ctx);
    moveCard(doc, { cardId: d, toStatusId: todo!, afterId: a, beforeId: b }, ctx);
    expect(column(doc, todo!)).toEqual([a, d, b, c]);
    moveCard(doc, { cardId: a!, toStatusId: todo! }, ctx);
    expect(column(doc, todo!)).toEqual([d, b, c, a]);
  });

  it('writes nothing when dropped where it already is', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const a = createCard(doc, { statusId: todo!, title: 'A' }, ctx);
    const b = createCard(doc, { statusId: todo!, title: 'B' }, ctx);
    const before = Y.encodeStateAsUpdate(doc);
    moveCard(doc, { cardId: b, toStatusId: todo!, afterId: a }, ctx);
    moveCard(doc, { cardId: a, toStatusId: todo!, beforeId: b }, ctx);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('lands between two cards that got equal keys from concurrent inserts', () => {
    const left = freshSpace();
    const right = new Y.Doc();
    sync(left, right);
    const [todo, doing] = statusIds(left);
    const x = createCard(left, { statusId: todo!, title: 'X' }, ctx);
    const y = createCard(right, { statusId: todo!, title: 'Y' }, ctxOf('bob'));
    sync(left, right);
    const cards = readSpace(left).cards;
    expect(cards[x]!.pos.key).toBe(cards[y]!.pos.key);
    const [first, second] = column(left, todo!);
    const z = createCard(left, { statusId: doing!, title: 'Z' }, ctx);
    moveCard(left, { cardId: z, toStatusId: todo!, afterId: first, beforeId: second }, ctx);
    expect(column(left, todo!)).toEqual([first, z, second]);
    sync(left, right);
    expect(column(right, todo!)).toEqual([first, z, second]);
  });

  it('refuses bad moves without writing', () => {
    const doc = freshSpace();
    const [todo, doing] = statusIds(doc);
    const a = createCard(doc, { statusId: todo!, title: 'A' }, ctx);
    const b = createCard(doc, { statusId: todo!, title: 'B' }, ctx);
    const c = createCard(doc, { statusId: todo!, title: 'C' }, ctx);
    const d = createCard(doc, { statusId: doing!, title: 'D' }, ctx);
    expectRefused(doc, 'unknown_card', () => moveCard(doc, { cardId: 'nope', toStatusId: doing! }, ctx));
    expectRefused(doc, 'unknown_status', () => moveCard(doc, { cardId: a, toStatusId: 'nope' }, ctx));
    expectRefused(doc, 'unknown_neighbour', () =>
      moveCard(doc, { cardId: a, toStatusId: doing!, afterId: b }, ctx),
    );
    expectRefused(doc, 'unknown_neighbour', () =>
      moveCard(doc, { cardId: d, toStatusId: todo!, beforeId: 'nope' }, ctx),
    );
    expectRefused(doc, 'invalid_input', () =>
      moveCard(doc, { cardId: d, toStatusId: todo!, afterId: a, beforeId: c }, ctx),
    );
    expectRefused(doc, 'invalid_input', () =>
      moveCard(doc, { cardId: a, toStatusId: todo!, afterId: a }, ctx),
    );
  });
});
