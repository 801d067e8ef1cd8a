/**
 * Per-card indexes of the space's flat `todos` and `comments` maps, kept in the store so the card panel
 * and card fronts never scan every to-do of the space. After a change only the cards whose to-dos or
 * comments were touched are rebuilt, and a rebuilt list or badge that reads the same keeps its object.
 */
import { compareComments, compareKeyed, isId, type Comment, type Todo } from '../../domain/index.ts';
import { NO_BADGES, type CardBadges } from '../../state/cardItems.ts';
import type { SpaceState } from '../../state/spaceStore.ts';
import { sameValue } from './records.ts';

type Groups = Record<string, readonly string[]>;

interface Grouping<T> {
  /** The card whose list the record is in, or null when it is in none (a removed to-do). */
  groupOf(record: T): string | null;
  compare(a: T, b: T): number;
}

/**
 * Whether a record's `card` can key the per-card indexes. A faulty peer can write anything there; as a
 * key of a plain object `__proto__` would reach the prototype instead of an entry.
 */
function cardKey(card: string): string | null {
  return isId(card) && card !== '__proto__' ? card : null;
}

const TODOS: Grouping<Todo> = {
  groupOf: (todo) => (todo.removed ? null : cardKey(todo.card)),
  compare: compareKeyed,
};

const COMMENTS: Grouping<Comment> = {
  groupOf: (comment) => cardKey(comment.card),
  compare: compareComments,
};

function at<T>(records: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(records, id) ? records[id] : undefined;
}

function buildGroups<T extends { id: string }>(records: Record<string, T>, grouping: Grouping<T>): Groups {
  const lists: Record<string, T[]> = {};
  const ids: Record<string, string[]> = {};
  for (const record of Object.values(records)) {
    const group = grouping.groupOf(record);
    if (group !== null) (lists[group] ??= []).push(record);
  }
  for (const [group, list] of Object.entries(lists)) {
    ids[group] = list.sort(grouping.compare).map((record) => record.id);
  }
  return ids;
}

/** The groups after the `touched` records changed; untouched groups keep their arrays. */
function patchGroups<T extends { id: string }>(
  prevGroups: Groups,
  prevRecords: Record<string, T>,
  nextRecords: Record<string, T>,
  touched: ReadonlySet<string>,
  grouping: Grouping<T>,
): Groups {
  const affected = new Set<string>();
  for (const id of touched) {
    for (const record of [at(prevRecords, id), at(nextRecords, id)]) {
      const group = record === undefined ? null : grouping.groupOf(record);
      if (group !== null) affected.add(group);
    }
  }
  let next: Groups | null = null;
  for (const group of affected) {
    const prev = at(prevGroups, group) ?? [];
    const list = prev.filter((id) => !touched.has(id)).map((id) => nextRecords[id]!);
    for (const id of touched) {
      const record = at(nextRecords, id);
      if (record !== undefined && grouping.groupOf(record) === group) list.push(record);
    }
    const ids = list.sort(grouping.compare).map((record) => record.id);
    if (sameValue(ids, prev)) continue;
    next ??= { ...prevGroups };
    if (ids.length === 0) delete next[group];
    else next[group] = ids;
  }
  return next ?? prevGroups;
}

function badgesOf(
  cardId: string,
  todoIds: Groups,
  todos: Record<string, Todo>,
  commentIds: Groups,
  comments: Record<string, Comment>,
): CardBadges {
  let todosDone = 0;
  let count = 0;
  const live = at(todoIds, cardId) ?? [];
  for (const id of live) if (todos[id]!.done) todosDone++;
  for (const id of at(commentIds, cardId) ?? []) if (!comments[id]!.deleted) count++;
  return { todosDone, todosTotal: live.length, comments: count };
}

/** The index part of a space's state, from scratch. */
export function buildCardItems(
  todos: Record<string, Todo>,
  comments: Record<string, Comment>,
): Pick<SpaceState, 'todoIds' | 'commentIds' | 'badges'> {
  const todoIds = buildGroups(todos, TODOS);
  const commentIds = buildGroups(comments, COMMENTS);
  const badges: Record<string, CardBadges> = {};
  for (const cardId of new Set([...Object.keys(todoIds), ...Object.keys(commentIds)])) {
    badges[cardId] = badgesOf(cardId, todoIds, todos, commentIds, comments);
  }
  return { todoIds, commentIds, badges };
}

/**
 * Adds to `next` the indexes that changed when the `touchedTodos` and `touchedComments` were re-read
 * (`next.todos` / `next.comments` are set only when those records changed).
 */
export function patchCardItems(
  prev: SpaceState,
  next: Partial<SpaceState>,
  touchedTodos: ReadonlySet<string>,
  touchedComments: ReadonlySet<string>,
): void {
  if (!next.todos && !next.comments) return;
  const todos = next.todos ?? prev.todos;
  const comments = next.comments ?? prev.comments;
  const todoIds = next.todos
    ? patchGroups(prev.todoIds, prev.todos, todos, touchedTodos, TODOS)
    : prev.todoIds;
  const commentIds = next.comments
    ? patchGroups(prev.commentIds, prev.comments, comments, touchedComments, COMMENTS)
    : prev.commentIds;
  if (todoIds !== prev.todoIds) next.todoIds = todoIds;
  if (commentIds !== prev.commentIds) next.commentIds = commentIds;

  const cards = new Set<string>();
  const addCard = (record: { card: string } | undefined) => {
    const card = record ? cardKey(record.card) : null;
    if (card !== null) cards.add(card);
  };
  for (const id of touchedTodos) [at(prev.todos, id), at(todos, id)].forEach(addCard);
  for (const id of touchedComments) [at(prev.comments, id), at(comments, id)].forEach(addCard);
  let badges: Record<string, CardBadges> | null = null;
  for (const cardId of cards) {
    const was = at(prev.badges, cardId) ?? NO_BADGES;
    const now = badgesOf(cardId, todoIds, todos, commentIds, comments);
    if (sameValue(was, now)) continue;
    badges ??= { ...prev.badges };
    if (sameValue(now, NO_BADGES)) delete badges[cardId];
    else badges[cardId] = now;
  }
  if (badges) next.badges = badges;
}
