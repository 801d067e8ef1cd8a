/**
 * Top-level shared types of each document kind and the schema version the code writes. Accessors are the
 * only place top-level names are spelled, so a typo cannot create a stray collection.
 */
import * as Y from 'yjs';
import type { DocKind } from './docNames.ts';
import { normalizeKey } from './ordering.ts';

/** The newest schema version this code knows for each document kind (see `migrations/`). */
export const SCHEMA_VERSION: Record<DocKind, number> = Object.freeze({
  workspace: 1,
  space: 3,
  user: 1,
  feed: 1,
});

/** A record inside a flat collection: one nested map per record so concurrent field edits merge. */
export type YRecord = Y.Map<unknown>;

/** One stored history tuple `[cardId, typeCode, at, by, ...data]`. */
export type HistoryTuple = readonly unknown[];

/** Shared types of a `space/<id>` document. */
export function spaceMaps(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>('meta'),
    statuses: doc.getMap<YRecord>('statuses'),
    labels: doc.getMap<YRecord>('labels'),
    fields: doc.getMap<YRecord>('fields'),
    cards: doc.getMap<YRecord>('cards'),
    relations: doc.getMap<YRecord>('relations'),
    todos: doc.getMap<YRecord>('todos'),
    comments: doc.getMap<YRecord>('comments'),
    history: doc.getArray<HistoryTuple>('history'),
    /** Single-valued space settings (the SLA field), see `records/settings.ts`. */
    settings: doc.getMap<unknown>('settings'),
  };
}

/** Shared types of a `workspace/<id>` document. */
export function workspaceMaps(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>('meta'),
    folders: doc.getMap<YRecord>('folders'),
    spaces: doc.getMap<YRecord>('spaces'),
  };
}

/** Shared types of a `user/<id>` document. */
export function userMaps(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>('meta'),
    sections: doc.getMap<YRecord>('sections'),
    mirrors: doc.getMap<YRecord>('mirrors'),
    prefs: doc.getMap<unknown>('prefs'),
    /** Saved views (see `records/savedView.ts`). */
    views: doc.getMap<YRecord>('views'),
    /** Inbox cards the user has dealt with: `feedKey` → epoch ms (see `operations/mirrors.ts`). */
    triaged: doc.getMap<number>('triaged'),
    /** Personal reminders on cards (see `records/reminder.ts`). */
    reminders: doc.getMap<YRecord>('reminders'),
  };
}

/** Shared types of a `feed/<userId>` document (written by the server only, see `records/feedEntry.ts`). */
export function feedMaps(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>('meta'),
    cards: doc.getMap<unknown>('cards'),
  };
}

/** Builds a record map from plain field values (nested maps are passed in already built). */
export function newRecord(fields: Record<string, unknown>): YRecord {
  const record = new Y.Map<unknown>();
  for (const [name, value] of Object.entries(fields)) record.set(name, value);
  return record;
}

/** Reads a string field (a `Y.Text` such as a card's notes reads as its text), falling back when a peer wrote something else. */
export function str(record: YRecord, field: string, fallback = ''): string {
  const value = record.get(field);
  if (typeof value === 'string') return value;
  return value instanceof Y.Text ? value.toString() : fallback;
}

/** Reads a record's order key; a malformed one reads as `INVALID_KEY`, which sorts last. */
export function keyField(record: YRecord): string {
  return normalizeKey(record.get('key'));
}

/** Reads an epoch-ms field that may be null. */
export function msOrNull(record: YRecord, field: string): number | null {
  const value = record.get(field);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Reads a boolean flag, absent meaning false. */
export function flag(record: YRecord, field: string): boolean {
  return record.get(field) === true;
}

/** Sorted ids of a nested `Y.Map<id, true>` set (labels, co-workers). */
export function idSet(record: YRecord, field: string): string[] {
  const set = record.get(field);
  if (!(set instanceof Y.Map)) return [];
  const ids: string[] = [];
  set.forEach((present, id) => {
    if (present === true) ids.push(id);
  });
  return ids.sort();
}

/** Whether a collection value is a record (a faulty or malicious peer can store anything). */
export function isRecord(value: unknown): value is YRecord {
  return value instanceof Y.Map;
}

/** Calls `visit` for each record of a collection, skipping any value a peer wrote that is not a record. */
export function eachRecord(map: Y.Map<YRecord>, visit: (record: YRecord, id: string) => void): void {
  map.forEach((record, id) => {
    if (isRecord(record)) visit(record, id);
  });
}
