/**
 * A card's to-do list. Each to-do is its own record in the space's flat `todos` map (see
 * `records/todo.ts`), ordered within its card by a fractional key like cards in a column: two people
 * adding to-dos at once both keep theirs, and placing a to-do writes only that to-do's key.
 *
 * Only checking and unchecking appends history (`checked`): progress and flow read it. Adding, editing,
 * reordering and removing do not; the list itself shows them, and events are the bulk of a space's size.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { appendHistory } from '../history/log.ts';
import { newId } from '../ids.ts';
import type { Keyed } from '../ordering.ts';
import { LOCAL } from '../origin.ts';
import { idSchema } from '../records/common.ts';
import { TODO_TEXT_MAX } from '../records/todo.ts';
import { flag, isRecord, newRecord, spaceMaps, str, type YRecord } from '../schema.ts';
import { requireEditableCard } from './cardRules.ts';
import { keyedList, placeAfter } from './collection.ts';
import { parseInput } from './input.ts';
import { cleanText } from './text.ts';

const addInput = z.object({
  cardId: idSchema,
  text: z.string(),
  afterId: idSchema.nullable().optional(),
});
const todoRef = { cardId: idSchema, todoId: idSchema };
const editInput = z.object({ ...todoRef, text: z.string() });
const checkInput = z.object({ ...todoRef, done: z.boolean() });
const removeInput = z.object(todoRef);
const moveInput = z.object({ ...todoRef, afterId: idSchema.nullable().optional() });

/** The card's live to-dos in (key, id) order, without `excludeId`. */
function todoList(doc: Y.Doc, cardId: string, excludeId?: string): Keyed[] {
  return keyedList(
    spaceMaps(doc).todos,
    (record) => str(record, 'card') === cardId && !flag(record, 'removed'),
    excludeId,
  );
}

/** A live to-do of an editable card: unknown, removed or another card's → `unknown_todo`. */
function requireTodo(doc: Y.Doc, cardId: string, todoId: string): YRecord {
  requireEditableCard(doc, cardId);
  const todo = spaceMaps(doc).todos.get(todoId);
  if (!isRecord(todo) || str(todo, 'card') !== cardId || flag(todo, 'removed')) {
    throw new DomainError('unknown_todo', `The card has no to-do with id "${todoId}".`, { cardId, todoId });
  }
  return todo;
}

/**
 * Adds an unchecked to-do to a card, after `afterId` (undefined: last, null: first), and returns its id.
 * Text is trimmed, 1–{@link TODO_TEXT_MAX} characters.
 */
export function addTodo(
  doc: Y.Doc,
  input: { cardId: string; text: string; afterId?: string | null },
  ctx: OpContext,
): string {
  const { cardId, text, afterId } = parseInput(addInput, input);
  resolveContext(ctx);
  requireEditableCard(doc, cardId);
  const clean = cleanText(text, TODO_TEXT_MAX, 'A to-do');
  const { key } = placeAfter(todoList(doc, cardId), afterId);
  const id = newId();
  doc.transact(() => {
    // `done` and `removed` are left out until set: absent reads as false, and a busy space holds tens of
    // thousands of to-dos, each field an entry of its own.
    spaceMaps(doc).todos.set(id, newRecord({ card: cardId, text: clean, key }));
  }, LOCAL);
  return id;
}

/** Changes a to-do's text (trimmed, 1–{@link TODO_TEXT_MAX} characters). */
export function editTodo(
  doc: Y.Doc,
  input: { cardId: string; todoId: string; text: string },
  ctx: OpContext,
) {
  const { cardId, todoId, text } = parseInput(editInput, input);
  resolveContext(ctx);
  const todo = requireTodo(doc, cardId, todoId);
  const clean = cleanText(text, TODO_TEXT_MAX, 'A to-do');
  if (clean === str(todo, 'text')) return;
  doc.transact(() => todo.set('text', clean), LOCAL);
}

/** Checks (`done: true`) or unchecks a to-do; appends `checked` when that changes it. */
export function checkTodo(
  doc: Y.Doc,
  input: { cardId: string; todoId: string; done: boolean },
  ctx: OpContext,
) {
  const { cardId, todoId, done } = parseInput(checkInput, input);
  const { actor, at } = resolveContext(ctx);
  const todo = requireTodo(doc, cardId, todoId);
  if (flag(todo, 'done') === done) return;
  doc.transact(() => {
    todo.set('done', done);
    appendHistory(doc, [{ card: cardId, type: 'checked', todoId, done }], at, actor);
  }, LOCAL);
}

/** Removes a to-do from its card's list (its record stays, marked removed, so undo can restore it). */
export function removeTodo(doc: Y.Doc, input: { cardId: string; todoId: string }, ctx: OpContext) {
  const { cardId, todoId } = parseInput(removeInput, input);
  resolveContext(ctx);
  const todo = requireTodo(doc, cardId, todoId);
  doc.transact(() => todo.set('removed', true), LOCAL);
}

/** Moves a to-do right after `afterId` in its card's list (undefined: last, null: first). */
export function moveTodo(
  doc: Y.Doc,
  input: { cardId: string; todoId: string; afterId?: string | null },
  ctx: OpContext,
) {
  const { cardId, todoId, afterId } = parseInput(moveInput, input);
  resolveContext(ctx);
  const todo = requireTodo(doc, cardId, todoId);
  if (afterId === todoId) {
    throw new DomainError('unknown_neighbour', 'A to-do cannot be placed after itself.', { afterId });
  }
  const list = todoList(doc, cardId, todoId);
  const { key } = placeAfter(list, afterId);
  doc.transact(() => todo.set('key', key), LOCAL);
}
