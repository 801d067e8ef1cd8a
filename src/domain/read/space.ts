/** Plain snapshots of a space document. Per-record readers live with their records (`records/`). */
import type * as Y from 'yjs';
import { readCard, type Card } from '../records/card.ts';
import { readComment, type Comment } from '../records/comment.ts';
import { readLabel, type Label } from '../records/label.ts';
import type { SpaceMeta } from '../records/meta.ts';
import { readStatus, type Status } from '../records/status.ts';
import { readTodo, type Todo } from '../records/todo.ts';
import { sortKeyed } from '../ordering.ts';
import { columnKeys } from './columnIndex.ts';
import { flag, spaceMaps, str, eachRecord } from '../schema.ts';

export interface SpaceSnapshot {
  meta: SpaceMeta;
  statuses: Record<string, Status>;
  labels: Record<string, Label>;
  cards: Record<string, Card>;
  /** Every to-do, removed ones included (each names its card). */
  todos: Record<string, Todo>;
  /** Every comment, deleted ones included (each names its card). */
  comments: Record<string, Comment>;
}

/** The space's meta (zeros and empty strings before initialisation). */
export function readSpaceMeta(doc: Y.Doc): SpaceMeta {
  const meta = spaceMaps(doc).meta;
  const version = meta.get('schemaVersion');
  const createdAt = meta.get('createdAt');
  return {
    schemaVersion: typeof version === 'number' ? version : 0,
    id: str(meta as Y.Map<unknown>, 'id'),
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    createdBy: str(meta as Y.Map<unknown>, 'createdBy'),
  };
}

/** The whole space as id-keyed plain objects (archived records included). */
export function readSpace(doc: Y.Doc): SpaceSnapshot {
  const { statuses, labels, cards, todos, comments } = spaceMaps(doc);
  const snapshot: SpaceSnapshot = {
    meta: readSpaceMeta(doc),
    statuses: {},
    labels: {},
    cards: {},
    todos: {},
    comments: {},
  };
  eachRecord(statuses, (record, id) => {
    snapshot.statuses[id] = readStatus(record, id);
  });
  eachRecord(labels, (record, id) => {
    snapshot.labels[id] = readLabel(record, id);
  });
  eachRecord(cards, (record, id) => {
    snapshot.cards[id] = readCard(record, id);
  });
  eachRecord(todos, (record, id) => {
    snapshot.todos[id] = readTodo(record, id);
  });
  eachRecord(comments, (record, id) => {
    snapshot.comments[id] = readComment(record, id);
  });
  return snapshot;
}

/** Statuses in board order (by key, then id); archived ones only when asked. */
export function orderedStatuses(doc: Y.Doc, includeArchived = false): Status[] {
  const list: Status[] = [];
  eachRecord(spaceMaps(doc).statuses, (record, id) => {
    if (includeArchived || !flag(record, 'archived')) list.push(readStatus(record, id));
  });
  return sortKeyed(list);
}

/** The unarchived cards of a status, in column order (by key, then id). */
export function cardsInStatus(doc: Y.Doc, statusId: string): Card[] {
  const cards = spaceMaps(doc).cards;
  return columnKeys(doc, statusId).map(({ id }) => readCard(cards.get(id)!, id));
}
