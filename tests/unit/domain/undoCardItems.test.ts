import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment,
  addTodo,
  archiveCard,
  cardComments,
  cardHistory,
  cardTodos,
  checkTodo,
  createCard,
  createUndo,
  deleteComment,
  editTodo,
  moveTodo,
  readSpace,
  removeTodo,
  setBlocker,
  type DomainUndo,
} from '../../../src/domain/index.ts';
import { T0, ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

const ctx = ctxOf('alice', T0);
let undo: DomainUndo | undefined;
afterEach(() => undo?.destroy());

function spaceWithCard() {
  const doc = freshSpace();
  const cardId = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'RMA 4711' }, ctx);
  undo = createUndo(doc, ctx);
  return { doc, cardId };
}

/** Runs `edit` on a replica of `doc` and applies its update to `doc` as a remote change. */
function asPeer(doc: Y.Doc, edit: (peer: Y.Doc) => void): void {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  edit(peer);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'remote');
}

const lastEvent = (doc: Y.Doc, cardId: string) => {
  const { id: _id, ...rest } = cardHistory(doc, cardId).at(-1)!;
  return rest;
};

describe('undo of to-dos, comments and blockers', () => {
  it('undoes adding, checking, editing, moving and removing a to-do, one step each', () => {
    const { doc, cardId } = spaceWithCard();
    const a = addTodo(doc, { cardId, text: 'A' }, ctx);
    const b = addTodo(doc, { cardId, text: 'B' }, ctx);
    checkTodo(doc, { cardId, todoId: a, done: true }, ctx);
    editTodo(doc, { cardId, todoId: a, text: 'A2' }, ctx);
    moveTodo(doc, { cardId, todoId: b, afterId: null }, ctx);
    removeTodo(doc, { cardId, todoId: a }, ctx);
    const view = () => cardTodos(doc, cardId).map((t) => `${t.text}${t.done ? '✓' : ''}`);
    expect(view()).toEqual(['B']);
    undo!.undo();
    expect(view()).toEqual(['B', 'A2✓']);
    undo!.undo();
    expect(view()).toEqual(['A2✓', 'B']);
    undo!.undo();
    expect(view()).toEqual(['A✓', 'B']);
    undo!.undo();
    expect(view()).toEqual(['A', 'B']);
    expect(lastEvent(doc, cardId)).toMatchObject({ type: 'checked', todoId: a, done: false, by: 'alice' });
    undo!.undo();
    expect(view()).toEqual(['A']);
    undo!.redo();
    undo!.redo();
    expect(view()).toEqual(['A✓', 'B']);
    expect(lastEvent(doc, cardId)).toMatchObject({ type: 'checked', todoId: a, done: true });
  });

  it('keeps a colleague’s check when undoing one’s own text edit', () => {
    const { doc, cardId } = spaceWithCard();
    const a = addTodo(doc, { cardId, text: 'A' }, ctx);
    editTodo(doc, { cardId, todoId: a, text: 'A2' }, ctx);
    asPeer(doc, (peer) => checkTodo(peer, { cardId, todoId: a, done: true }, ctxOf('bob')));
    undo!.undo();
    expect(cardTodos(doc, cardId)[0]).toMatchObject({ text: 'A', done: true });
  });

  it('undoes a comment by deleting it, text and all, and redo brings it back', () => {
    const { doc, cardId } = spaceWithCard();
    const id = addComment(doc, { cardId, text: 'Sent the wrong part' }, ctx);
    undo!.undo();
    expect(cardComments(doc, cardId)[0]).toMatchObject({ id, deleted: true, text: '' });
    expect(JSON.stringify(doc.getMap('comments').toJSON())).not.toContain('wrong part');
    undo!.redo();
    expect(cardComments(doc, cardId)[0]).toMatchObject({ deleted: false, text: 'Sent the wrong part' });
    deleteComment(doc, { cardId, commentId: id }, ctx);
    undo!.undo();
    expect(cardComments(doc, cardId)[0]).toMatchObject({ deleted: false, text: 'Sent the wrong part' });
  });

  it('undoes a blocker with a compensating event', () => {
    const { doc, cardId } = spaceWithCard();
    setBlocker(doc, { cardId, reason: 'Parts' }, ctx);
    setBlocker(doc, { cardId, reason: 'Customer away' }, ctx);
    undo!.undo();
    expect(readSpace(doc).cards[cardId]!.blocker).toEqual({ reason: 'Parts', by: 'alice', at: T0 });
    expect(lastEvent(doc, cardId)).toMatchObject({ type: 'blocked', reason: 'Parts' });
    undo!.undo();
    expect(readSpace(doc).cards[cardId]!.blocker).toBeNull();
    expect(lastEvent(doc, cardId)).toMatchObject({ type: 'blocked', reason: null });
  });

  it('refuses to change the to-dos of a card archived since, writing nothing', () => {
    const { doc, cardId } = spaceWithCard();
    const a = addTodo(doc, { cardId, text: 'A' }, ctx);
    checkTodo(doc, { cardId, todoId: a, done: true }, ctx);
    asPeer(doc, (peer) => archiveCard(peer, { cardId, archived: true }, ctxOf('bob')));
    expectRefused(doc, 'card_archived', () => undo!.undo());
  });
});
