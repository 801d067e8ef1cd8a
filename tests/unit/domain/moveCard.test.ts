import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cardHistory,
  cardsInStatus,
  createCard,
  moveCard,
  readSpace,
  spaceMaps,
} from '../../../src/domain/index.ts';
import { isValidKey } from '../../../src/domain/ordering.ts';
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

  it('gives concurrent inserts at one spot distinct keys', () => {
    const left = freshSpace();
    const right = new Y.Doc();
    sync(left, right);
    const [todo] = statusIds(left);
    for (const position of ['top', 'bottom'] as const) {
      const x = createCard(left, { statusId: todo!, title: 'X', position }, ctx);
      const y = createCard(right, { statusId: todo!, title: 'Y', position }, ctxOf('bob'));
      sync(left, right);
      const cards = readSpace(left).cards;
      expect(cards[x]!.pos.key).not.toBe(cards[y]!.pos.key);
    }
  });

  it('drops a card between tied neighbours right after the tie, writing no other card', () => {
    const doc = freshSpace();
    const [todo, doing] = statusIds(doc);
    const [a, p, q, b] = ['A', 'P', 'Q', 'B'].map((title) =>
      createCard(doc, { statusId: todo!, title }, ctx),
    );
    // An older client's concurrent inserts left P and Q with one key.
    const tied = readSpace(doc).cards[p!]!.pos;
    doc.transact(() => spaceMaps(doc).cards.get(q!)!.set('pos', tied), 'remote');
    const [first, second] = column(doc, todo!).slice(1, 3);
    const z = createCard(doc, { statusId: doing!, title: 'Z' }, ctx);
    const others = JSON.stringify([a, p, q, b].map((id) => readSpace(doc).cards[id!]!.pos));
    moveCard(doc, { cardId: z, toStatusId: todo!, afterId: first, beforeId: second }, ctx);
    expect(column(doc, todo!)).toEqual([a, first, second, z, b]);
    expect(JSON.stringify([a, p, q, b].map((id) => readSpace(doc).cards[id!]!.pos))).toBe(others);
  });

  it("keeps a peer's concurrent move of a tied neighbour", () => {
    // Client ids fixed so the dropping replica's writes win conflicts: a neighbour rewrite would win too.
    const left = new Y.Doc();
    left.clientID = 900;
    const right = new Y.Doc();
    right.clientID = 100;
    sync(freshSpace(), left);
    sync(left, right);
    const [todo, doing] = statusIds(left);
    const p = createCard(left, { statusId: todo!, title: 'P' }, ctx);
    const q = createCard(left, { statusId: todo!, title: 'Q' }, ctx);
    const tied = readSpace(left).cards[p]!.pos;
    left.transact(() => spaceMaps(left).cards.get(q)!.set('pos', tied), 'remote');
    sync(left, right);
    const [first, second] = column(left, todo!);
    // Concurrently: left drops Z between the tied pair, right moves the second of them to Doing.
    const z = createCard(left, { statusId: todo!, title: 'Z' }, ctx);
    moveCard(left, { cardId: z, toStatusId: todo!, afterId: first, beforeId: second }, ctx);
    moveCard(right, { cardId: second!, toStatusId: doing! }, ctxOf('bob'));
    sync(left, right);
    for (const doc of [left, right]) {
      expect(column(doc, doing!)).toEqual([second]);
      expect(column(doc, todo!)).toEqual([first, z]);
    }
  });

  it('sorts a card with a malformed key last and gives it a valid key when it moves', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const bad = createCard(doc, { statusId: todo!, title: 'Bad' }, ctx);
    const ok = createCard(doc, { statusId: todo!, title: 'Ok' }, ctx);
    doc.transact(() => spaceMaps(doc).cards.get(bad)!.set('pos', { statusId: todo!, key: 'zz' }), 'remote');
    expect(column(doc, todo!)).toEqual([ok, bad]);
    const top = createCard(doc, { statusId: todo!, title: 'Top', position: 'top' }, ctx);
    const bottom = createCard(doc, { statusId: todo!, title: 'Bottom' }, ctx);
    expect(column(doc, todo!)).toEqual([top, ok, bottom, bad]);
    moveCard(doc, { cardId: bad, toStatusId: todo! }, ctx);
    expect(isValidKey(readSpace(doc).cards[bad]!.pos.key)).toBe(true);
    expect(column(doc, todo!)).toEqual([top, ok, bottom, bad]);
    const other = createCard(doc, { statusId: todo!, title: 'After' }, ctx);
    expect(column(doc, todo!)).toEqual([top, ok, bottom, bad, other]);
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
