import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  TODO_TEXT_MAX,
  addTodo,
  archiveCard,
  cardHistory,
  cardTodos,
  checkTodo,
  createCard,
  editTodo,
  moveTodo,
  removeTodo,
  todoSchema,
} from '../../../src/domain/index.ts';
import { T0, ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

const ctx = ctxOf('alice', T0);

function spaceWithCard() {
  const doc = freshSpace();
  const cardId = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'RMA 4711' }, ctx);
  return { doc, cardId };
}

const texts = (doc: Y.Doc, cardId: string) => cardTodos(doc, cardId).map((todo) => todo.text);

describe('to-dos', () => {
  it('adds trimmed, unchecked to-dos at the end, at the start or after another', () => {
    const { doc, cardId } = spaceWithCard();
    const a = addTodo(doc, { cardId, text: '  Check serial number ' }, ctx);
    addTodo(doc, { cardId, text: 'Order seal' }, ctx);
    addTodo(doc, { cardId, text: 'Call customer' }, ctx);
    addTodo(doc, { cardId, text: 'Photograph damage', afterId: null }, ctx);
    addTodo(doc, { cardId, text: 'Check warranty date', afterId: a }, ctx);
    expect(texts(doc, cardId)).toEqual([
      'Photograph damage',
      'Check serial number',
      'Check warranty date',
      'Order seal',
      'Call customer',
    ]);
    const todo = cardTodos(doc, cardId)[1]!;
    expect(todoSchema.parse(todo)).toEqual(todo);
    expect(todo).toMatchObject({ id: a, card: cardId, done: false, removed: false });
  });

  it('checks and unchecks, recording each change once', () => {
    const { doc, cardId } = spaceWithCard();
    const todo = addTodo(doc, { cardId, text: 'Order seal' }, ctx);
    checkTodo(doc, { cardId, todoId: todo, done: true }, ctx);
    checkTodo(doc, { cardId, todoId: todo, done: true }, ctx);
    checkTodo(doc, { cardId, todoId: todo, done: false }, ctxOf('bob', T0 + 1));
    expect(cardTodos(doc, cardId)[0]!.done).toBe(false);
    const events = cardHistory(doc, cardId)
      .filter((event) => event.type === 'checked')
      .map(({ id: _id, ...rest }) => rest);
    expect(events).toEqual([
      { card: cardId, type: 'checked', at: T0, by: 'alice', todoId: todo, done: true },
      { card: cardId, type: 'checked', at: T0 + 1, by: 'bob', todoId: todo, done: false },
    ]);
  });

  it('edits, reorders and removes without history events', () => {
    const { doc, cardId } = spaceWithCard();
    const a = addTodo(doc, { cardId, text: 'A' }, ctx);
    const b = addTodo(doc, { cardId, text: 'B' }, ctx);
    const c = addTodo(doc, { cardId, text: 'C' }, ctx);
    const events = cardHistory(doc, cardId).length;
    editTodo(doc, { cardId, todoId: b, text: 'B2 ' }, ctx);
    moveTodo(doc, { cardId, todoId: c, afterId: null }, ctx);
    moveTodo(doc, { cardId, todoId: a, afterId: b }, ctx);
    expect(texts(doc, cardId)).toEqual(['C', 'B2', 'A']);
    removeTodo(doc, { cardId, todoId: b }, ctx);
    expect(texts(doc, cardId)).toEqual(['C', 'A']);
    expect(cardHistory(doc, cardId)).toHaveLength(events);
  });

  it('keeps two people’s concurrent additions, and a check next to a concurrent text edit', () => {
    const { doc, cardId } = spaceWithCard();
    const todo = addTodo(doc, { cardId, text: 'Order seal' }, ctx);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    addTodo(doc, { cardId, text: 'Mine' }, ctx);
    checkTodo(doc, { cardId, todoId: todo, done: true }, ctx);
    addTodo(peer, { cardId, text: 'Theirs' }, ctxOf('bob'));
    editTodo(peer, { cardId, todoId: todo, text: 'Order seal 12x3' }, ctxOf('bob'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(cardTodos(doc, cardId)).toEqual(cardTodos(peer, cardId));
    expect(texts(doc, cardId).sort()).toEqual(['Mine', 'Order seal 12x3', 'Theirs']);
    expect(cardTodos(doc, cardId).find((t) => t.id === todo)!.done).toBe(true);
  });

  it('refuses bad input and changes nothing', () => {
    const { doc, cardId } = spaceWithCard();
    const todo = addTodo(doc, { cardId, text: 'Order seal' }, ctx);
    const other = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Other' }, ctx);
    expectRefused(doc, 'empty_text', () => addTodo(doc, { cardId, text: '   ' }, ctx));
    expectRefused(doc, 'invalid_input', () =>
      addTodo(doc, { cardId, text: 'x'.repeat(TODO_TEXT_MAX + 1) }, ctx),
    );
    expectRefused(doc, 'invalid_input', () => addTodo(doc, { cardId, text: 42 } as never, ctx));
    expectRefused(doc, 'unknown_card', () => addTodo(doc, { cardId: 'nope', text: 'A' }, ctx));
    expectRefused(doc, 'unknown_neighbour', () => addTodo(doc, { cardId, text: 'A', afterId: 'zz' }, ctx));
    expectRefused(doc, 'unknown_todo', () =>
      checkTodo(doc, { cardId: other, todoId: todo, done: true }, ctx),
    );
    expectRefused(doc, 'unknown_todo', () => editTodo(doc, { cardId, todoId: 'zz', text: 'A' }, ctx));
    expectRefused(doc, 'empty_text', () => editTodo(doc, { cardId, todoId: todo, text: '' }, ctx));
    expectRefused(doc, 'unknown_neighbour', () =>
      moveTodo(doc, { cardId, todoId: todo, afterId: todo }, ctx),
    );
    expectRefused(doc, 'invalid_input', () => checkTodo(doc, { cardId, todoId: todo } as never, ctx));
    removeTodo(doc, { cardId, todoId: todo }, ctx);
    expectRefused(doc, 'unknown_todo', () => checkTodo(doc, { cardId, todoId: todo, done: true }, ctx));
    expectRefused(doc, 'unknown_todo', () => removeTodo(doc, { cardId, todoId: todo }, ctx));
    archiveCard(doc, { cardId, archived: true }, ctx);
    expectRefused(doc, 'card_archived', () => addTodo(doc, { cardId, text: 'A' }, ctx));
  });
});
