/**
 * A to-do of a card. To-dos live in the space's flat `todos` map keyed by to-do id, each a record that
 * names its card, rather than in a map nested in the card: a nested map would have to be created on the
 * first to-do of an older card, and two people doing that at once would each create one, leaving only
 * one of them (and its to-dos). Fields are separate record entries, so checking a to-do while someone
 * edits its text keeps both. A removed to-do keeps its record with `removed: true`, so undo can bring it
 * back and a concurrent edit of it cannot resurrect it.
 */
import { z } from 'zod';
import { flag, keyField, str, type YRecord } from '../schema.ts';
import { idSchema, keySchema } from './common.ts';

export const TODO_TEXT_MAX = 500;

export const todoSchema = z.object({
  id: idSchema,
  card: idSchema,
  text: z.string().min(1).max(TODO_TEXT_MAX),
  done: z.boolean(),
  key: keySchema,
  removed: z.boolean(),
});
export type Todo = z.infer<typeof todoSchema>;

/** Plain snapshot of one to-do record. */
export function readTodo(yTodo: YRecord, id: string): Todo {
  return {
    id,
    card: str(yTodo, 'card'),
    text: str(yTodo, 'text'),
    done: flag(yTodo, 'done'),
    key: keyField(yTodo),
    removed: flag(yTodo, 'removed'),
  };
}
