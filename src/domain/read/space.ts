/** Plain snapshots of a space document. Per-record readers live with their records (`records/`). */
import type * as Y from 'yjs';
import { readCard, type Card } from '../records/card.ts';
import { readComment, type Comment } from '../records/comment.ts';
import { readField, type Field } from '../records/field.ts';
import { readLabel, type Label } from '../records/label.ts';
import type { SpaceMeta } from '../records/meta.ts';
import { readSettingsMap, type SpaceSettings } from '../records/settings.ts';
import { readStatus, type Status } from '../records/status.ts';
import { readRelation, type Relation } from '../records/relation.ts';
import { readTodo, type Todo } from '../records/todo.ts';
import { sortKeyed } from '../ordering.ts';
import { columnKeys } from './columnIndex.ts';
import { flag, spaceMaps, str, eachRecord } from '../schema.ts';

export interface SpaceSnapshot {
  meta: SpaceMeta;
  statuses: Record<string, Status>;
  labels: Record<string, Label>;
  /** Custom fields, archived ones included. */
  fields: Record<string, Field>;
  settings: SpaceSettings;
  cards: Record<string, Card>;
  /** Every to-do, removed ones included (each names its card). */
  todos: Record<string, Todo>;
  /** Every comment, deleted ones included (each names its card). */
  comments: Record<string, Comment>;
  /** Every relation, removed ones included (read live ones through `read/relations.ts`). */
  relations: Record<string, Relation>;
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

/** The space's settings (the SLA field). */
export function readSpaceSettings(doc: Y.Doc): SpaceSettings {
  return readSettingsMap(spaceMaps(doc).settings);
}

/**
 * The space's SLA date field id, or null when it has none or the chosen field is archived or gone: a
 * setting that names no live date field means no SLA.
 */
export function slaFieldOf(settings: SpaceSettings, fields: Readonly<Record<string, Field>>): string | null {
  const field = settings.slaFieldId === null ? undefined : fields[settings.slaFieldId];
  return field && !field.archived && field.type === 'date' ? field.id : null;
}

/** The whole space as id-keyed plain objects (archived records included). */
export function readSpace(doc: Y.Doc): SpaceSnapshot {
  const { statuses, labels, fields, cards, todos, comments, relations } = spaceMaps(doc);
  const snapshot: SpaceSnapshot = {
    meta: readSpaceMeta(doc),
    statuses: {},
    labels: {},
    fields: {},
    settings: readSpaceSettings(doc),
    cards: {},
    todos: {},
    comments: {},
    relations: {},
  };
  eachRecord(statuses, (record, id) => {
    snapshot.statuses[id] = readStatus(record, id);
  });
  eachRecord(labels, (record, id) => {
    snapshot.labels[id] = readLabel(record, id);
  });
  eachRecord(fields, (record, id) => {
    snapshot.fields[id] = readField(record, id);
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
  eachRecord(relations, (record, id) => {
    snapshot.relations[id] = readRelation(record, id);
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
