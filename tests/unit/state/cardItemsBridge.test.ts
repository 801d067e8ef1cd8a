import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment,
  addTodo,
  cardComments,
  cardTodos,
  checkTodo,
  createCard,
  deleteComment,
  initSpaceDoc,
  moveTodo,
  orderedStatuses,
  readSpace,
  removeTodo,
  setBlocker,
  updateCard,
} from '../../../src/domain/index.ts';
import { selectBadges, selectCommentIds, selectTodoIds } from '../../../src/state/index.ts';
import { bridgeSpace, type SpaceBridge } from '../../../src/sync/bridge/spaceBridge.ts';
import type { SpaceState } from '../../../src/state/spaceStore.ts';

const ctx = { actor: 'u1', now: () => 1_700_000_000_000 };
const bridges: SpaceBridge[] = [];
afterEach(() => bridges.splice(0).forEach((b) => b.destroy()));

function setup() {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1' }, ctx);
  const statusId = orderedStatuses(doc)[0]!.id;
  const a = createCard(doc, { statusId, title: 'A' }, ctx);
  const b = createCard(doc, { statusId, title: 'B' }, ctx);
  return { doc, a, b };
}

function expectMatchesDoc(state: SpaceState, doc: Y.Doc) {
  const snapshot = readSpace(doc);
  expect(state.todos).toEqual(snapshot.todos);
  expect(state.comments).toEqual(snapshot.comments);
  for (const card of Object.keys(snapshot.cards)) {
    const todos = cardTodos(doc, card);
    const comments = cardComments(doc, card);
    expect(selectTodoIds(card)(state)).toEqual(todos.map((t) => t.id));
    expect(selectCommentIds(card)(state)).toEqual(comments.map((c) => c.id));
    expect(selectBadges(card)(state)).toEqual({
      todosDone: todos.filter((t) => t.done).length,
      todosTotal: todos.length,
      comments: comments.filter((c) => !c.deleted).length,
    });
  }
}

describe('space bridge: to-dos, comments, blocker', () => {
  it('keeps per-card lists and badges equal to the document through every kind of change', () => {
    const { doc, a, b } = setup();
    const first = addTodo(doc, { cardId: a, text: 'One' }, ctx);
    const bridge = bridgeSpace(doc);
    bridges.push(bridge);
    const { store } = bridge;
    expectMatchesDoc(store.getState(), doc);
    const second = addTodo(doc, { cardId: a, text: 'Two' }, ctx);
    checkTodo(doc, { cardId: a, todoId: second, done: true }, ctx);
    moveTodo(doc, { cardId: a, todoId: second, afterId: null }, ctx);
    expect(selectTodoIds(a)(store.getState())).toEqual([second, first]);
    expect(selectBadges(a)(store.getState())).toEqual({ todosDone: 1, todosTotal: 2, comments: 0 });
    const comment = addComment(doc, { cardId: b, text: 'Hi' }, ctx);
    addComment(doc, { cardId: b, text: 'Again' }, ctx);
    expectMatchesDoc(store.getState(), doc);
    deleteComment(doc, { cardId: b, commentId: comment }, ctx);
    removeTodo(doc, { cardId: a, todoId: second }, ctx);
    expectMatchesDoc(store.getState(), doc);
    setBlocker(doc, { cardId: a, reason: 'Parts' }, ctx);
    expect(store.getState().cards[a]!.blocker).toEqual({ reason: 'Parts', by: 'u1', at: 1_700_000_000_000 });
  });

  it('gives only the touched card new badges, and none for unrelated changes', () => {
    const { doc, a, b } = setup();
    addTodo(doc, { cardId: a, text: 'One' }, ctx);
    addComment(doc, { cardId: b, text: 'Hi' }, ctx);
    const bridge = bridgeSpace(doc);
    bridges.push(bridge);
    const before = bridge.store.getState();
    updateCard(doc, { cardId: a, title: 'A2' }, ctx);
    expect(bridge.store.getState().badges).toBe(before.badges);
    addComment(doc, { cardId: a, text: 'Yo' }, ctx);
    const after = bridge.store.getState();
    expect(after.badges[b]).toBe(before.badges[b]);
    expect(after.todoIds).toBe(before.todoIds);
    expect(after.badges[a]).toEqual({ todosDone: 0, todosTotal: 1, comments: 1 });
  });

  it('follows a peer’s concurrent to-dos on the same card', () => {
    const { doc, a } = setup();
    const bridge = bridgeSpace(doc);
    bridges.push(bridge);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    addTodo(doc, { cardId: a, text: 'Mine' }, ctx);
    addTodo(peer, { cardId: a, text: 'Theirs' }, { actor: 'u2' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    expect(selectBadges(a)(bridge.store.getState()).todosTotal).toBe(2);
    expectMatchesDoc(bridge.store.getState(), doc);
  });
});

describe('space bridge: faulty to-do and comment records', () => {
  it('leaves out records a peer wrote with a card id no card can have, instead of crashing', () => {
    const { doc, a } = setup();
    const bridge = bridgeSpace(doc);
    bridges.push(bridge);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    peer.transact(() => {
      for (const card of ['__proto__', 'not an id', 42]) {
        const todo = new Y.Map<unknown>();
        todo.set('card', card);
        todo.set('text', 'x');
        peer.getMap('todos').set(`t${String(card).length}`, todo);
        const comment = new Y.Map<unknown>();
        comment.set('card', card);
        peer.getMap('comments').set(`k${String(card).length}`, comment);
      }
    });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    addTodo(doc, { cardId: a, text: 'Real' }, ctx);
    const state = bridge.store.getState();
    expect(Object.keys(state.todoIds)).toEqual([a]);
    expect(Object.keys(state.commentIds)).toEqual([]);
    expect(Object.getPrototypeOf(state.badges)).toBe(Object.prototype);
    expect(selectBadges(a)(state)).toEqual({ todosDone: 0, todosTotal: 1, comments: 0 });
  });
});
