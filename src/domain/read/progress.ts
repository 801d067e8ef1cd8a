/**
 * Card progress (DESIGN §1): checked to-dos and completed child cards count equally (the caller adds the
 * children to the count, see `cardSummary.ts`), and a card in a Completed-role status is done whatever
 * its list says. Pure: the board computes it from store snapshots, the server from its projection.
 */
import type { StatusRole } from '../records/status.ts';

/** How many of a card's to-dos are checked, of how many. */
export interface TodoCount {
  done: number;
  total: number;
}

/** Counts live to-dos (removed ones are left out). */
export function countTodos(todos: Iterable<{ done: boolean; removed?: boolean }>): TodoCount {
  let done = 0;
  let total = 0;
  for (const todo of todos) {
    if (todo.removed) continue;
    total++;
    if (todo.done) done++;
  }
  return { done, total };
}

/**
 * Progress in percent (0–100, rounded down so 99.9 % never reads as done), or null when there is nothing
 * to measure: no to-dos and not in a Completed-role status.
 */
export function cardProgress(todos: TodoCount, role: StatusRole | null): number | null {
  if (role === 'completed') return 100;
  if (todos.total === 0) return null;
  return Math.floor((todos.done / todos.total) * 100);
}
