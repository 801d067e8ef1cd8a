import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DomainError,
  archiveStatus,
  cardHistory,
  cardsInStatus,
  columnKeys,
  createCard,
  createStatus,
  createUndo,
  moveCard,
  readHistory,
  readSpace,
  updateCard,
  type DomainUndo,
} from '../../../src/domain/index.ts';
import { T0, ctxOf, freshSpace, statusIds } from './helpers.ts';

const ctx = ctxOf('alice', T0);
let undo: DomainUndo | undefined;
afterEach(() => undo?.destroy());

describe('undo and redo', () => {
  it('undoes and redoes a move, appending compensating events and keeping every earlier one', () => {
    const doc = freshSpace();
    const [todo, doing] = statusIds(doc);
    const card = createCard(doc, { statusId: todo!, title: 'Noisy pump' }, ctx);
    undo = createUndo(doc, ctxOf('alice', T0 + 10));
    moveCard(doc, { cardId: card, toStatusId: doing! }, ctx);
    const afterMove = readHistory(doc);

    expect(undo.undo()).toBe(true);
    expect(readSpace(doc).cards[card]!.pos.statusId).toBe(todo);
    const afterUndo = readHistory(doc);
    expect(afterUndo.slice(0, afterMove.length)).toEqual(afterMove);
    expect(afterUndo.slice(afterMove.length).map(({ id: _id, ...e }) => e)).toEqual([
      { card, type: 'moved', toStatusId: todo, at: T0 + 10, by: 'alice' },
    ]);

    expect(undo.redo()).toBe(true);
    expect(readSpace(doc).cards[card]!.pos.statusId).toBe(doing);
    expect(cardHistory(doc, card).map((e) => (e.type === 'moved' ? e.toStatusId : e.type))).toEqual([
      'created',
      doing,
      todo,
      doing,
    ]);
    expect(undo.canRedo()).toBe(false);
    expect(columnKeys(doc, doing!).map((c) => c.id)).toEqual([card]);
    expect(columnKeys(doc, todo!)).toEqual([]);
  });

  it('undoes one edit per step and records the restored values', () => {
    const doc = freshSpace();
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump' }, ctx);
    undo = createUndo(doc, ctx);
    updateCard(doc, { cardId: card, title: 'Pump replaced', due: T0 + 5 }, ctx);
    updateCard(doc, { cardId: card, notes: 'done' }, ctx);
    undo.undo();
    expect(readSpace(doc).cards[card]).toMatchObject({ title: 'Pump replaced', due: T0 + 5, notes: '' });
    undo.undo();
    expect(readSpace(doc).cards[card]).toMatchObject({ title: 'Noisy pump', due: null });
    expect(undo.canUndo()).toBe(false);
    expect(undo.undo()).toBe(false);
    const types = cardHistory(doc, card).map((e) => e.type);
    expect(types).toEqual(['created', 'titled', 'dated', 'noted', 'noted', 'titled', 'dated']);
  });

  it("never undoes a peer's edit", () => {
    const doc = freshSpace();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump' }, ctx);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    undo = createUndo(doc, ctx);
    updateCard(peer, { cardId: card, title: 'From the peer' }, ctxOf('bob'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    expect(undo.canUndo()).toBe(false);
    expect(readSpace(doc).cards[card]!.title).toBe('From the peer');
  });

  it('records an undone creation as archived, a redone one as restored', () => {
    const doc = freshSpace();
    undo = createUndo(doc, ctx);
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Oops' }, ctx);
    undo.undo();
    expect(readSpace(doc).cards[card]).toBeUndefined();
    undo.redo();
    expect(readSpace(doc).cards[card]).toMatchObject({ title: 'Oops', archived: false });
    expect(cardHistory(doc, card).map((e) => (e.type === 'archived' ? e.archived : e.type))).toEqual([
      'created',
      true,
      false,
    ]);
  });

  it('refuses to undo a status creation while a peer has put a card in it', () => {
    const doc = freshSpace();
    const peer = new Y.Doc();
    undo = createUndo(doc, ctx);
    const status = createStatus(doc, { name: 'Review', role: 'in_progress' }, ctx);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    createCard(peer, { statusId: status, title: 'Peer card' }, ctxOf('bob'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => undo!.undo()).toThrow(DomainError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(cardsInStatus(doc, status)).toHaveLength(1);
  });

  it('undoes status operations without touching history', () => {
    const doc = freshSpace();
    const [, doing] = statusIds(doc);
    undo = createUndo(doc, ctx);
    archiveStatus(doc, { statusId: doing!, archived: true }, ctx);
    undo.undo();
    expect(readSpace(doc).statuses[doing!]!.archived).toBe(false);
    expect(readHistory(doc)).toEqual([]);
  });
});
