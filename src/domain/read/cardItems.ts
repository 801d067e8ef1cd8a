/**
 * A card's to-dos and comments, read from the space's flat `todos` and `comments` maps. Each read scans
 * the map (a few thousand records in a busy space); the board keeps per-card indexes in its store instead.
 */
import type * as Y from 'yjs';
import { sortKeyed } from '../ordering.ts';
import { compareComments, readComment, type Comment } from '../records/comment.ts';
import { readTodo, type Todo } from '../records/todo.ts';
import { eachRecord, spaceMaps, str } from '../schema.ts';

/** The card's to-dos in list order (key, then id), removed ones left out. */
export function cardTodos(doc: Y.Doc, cardId: string): Todo[] {
  const todos: Todo[] = [];
  eachRecord(spaceMaps(doc).todos, (record, id) => {
    if (str(record, 'card') !== cardId) return;
    const todo = readTodo(record, id);
    if (!todo.removed) todos.push(todo);
  });
  return sortKeyed(todos);
}

/** The card's comments, oldest first; deleted ones stay in place with empty text. */
export function cardComments(doc: Y.Doc, cardId: string): Comment[] {
  const comments: Comment[] = [];
  eachRecord(spaceMaps(doc).comments, (record, id) => {
    if (str(record, 'card') === cardId) comments.push(readComment(record, id));
  });
  return comments.sort(compareComments);
}
