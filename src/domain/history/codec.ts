/**
 * Storage form of history events: `[cardId, typeCode, at, by, ...data]` with one-letter type codes. Tuples
 * without repeated keys halve a busy space's size (100,000 events are the bulk of a 5,000-card space).
 * Decoding is hand-written rather than zod-parsed because it runs over every event of a space.
 */
import type { HistoryEvent, HistoryEventType, NewHistoryEvent } from '../records/historyEvent.ts';
import { RELATION_ROLES, type RelationRole } from '../records/relation.ts';

export const TYPE_CODES: Readonly<Record<HistoryEventType, string>> = Object.freeze({
  created: 'c',
  moved: 'm',
  titled: 't',
  noted: 'n',
  dated: 'd',
  assigned: 'a',
  coworker: 'w',
  labelled: 'l',
  archived: 'x',
  commented: 'k',
  blocked: 'b',
  checked: 'o',
  valued: 'v',
  related: 'r',
});

const TYPES_BY_CODE: ReadonlyMap<string, HistoryEventType> = new Map(
  Object.entries(TYPE_CODES).map(([type, code]) => [code, type as HistoryEventType]),
);

/** The stored tuple of one event; `at` is epoch ms, `by` the acting user's id. */
export function encodeEvent(event: NewHistoryEvent, at: number, by: string): unknown[] {
  const head = [event.card, TYPE_CODES[event.type], at, by];
  switch (event.type) {
    case 'created':
      return [...head, event.title, event.statusId];
    case 'moved':
      return [...head, event.toStatusId];
    case 'titled':
      return [...head, event.title];
    case 'noted':
      return head;
    case 'dated':
      return [...head, event.field, event.value];
    case 'assigned':
      return [...head, event.userId];
    case 'coworker':
      return [...head, event.userId, event.added];
    case 'labelled':
      return [...head, event.labelId, event.added];
    case 'archived':
      // The flag after the value: a peer that does not know it reads the event as it did before.
      return event.creation ? [...head, event.archived, true] : [...head, event.archived];
    case 'commented':
      return [...head, event.commentId];
    case 'blocked':
      return [...head, event.reason];
    case 'checked':
      return [...head, event.todoId, event.done];
    case 'valued':
      return [...head, event.fieldId, event.value];
    case 'related':
      return [...head, event.other, event.role, event.added];
  }
}

const isStr = (value: unknown): value is string => typeof value === 'string';
const isBool = (value: unknown): value is boolean => typeof value === 'boolean';
const isRole = (value: unknown): value is RelationRole => RELATION_ROLES.includes(value as RelationRole);
const isMsOrNull = (value: unknown): value is number | null => value === null || typeof value === 'number';

/** The event stored as `tuple` under item id `id`, or null when a peer wrote something malformed. */
export function decodeEvent(id: string, tuple: unknown): HistoryEvent | null {
  if (!Array.isArray(tuple) || tuple.length < 4) return null;
  const [card, code, at, by, a, b, c] = tuple as unknown[];
  if (!isStr(card) || !isStr(code) || typeof at !== 'number' || !isStr(by)) return null;
  // Object literals rather than spreads: this runs for every event of a space (100,000 in a busy one).
  switch (TYPES_BY_CODE.get(code)) {
    case 'created':
      return isStr(a) && isStr(b) ? { id, card, type: 'created', at, by, title: a, statusId: b } : null;
    case 'moved':
      return isStr(a) ? { id, card, type: 'moved', at, by, toStatusId: a } : null;
    case 'titled':
      return isStr(a) ? { id, card, type: 'titled', at, by, title: a } : null;
    case 'noted':
      return { id, card, type: 'noted', at, by };
    case 'dated':
      return (a === 'start' || a === 'due') && isMsOrNull(b)
        ? { id, card, type: 'dated', at, by, field: a, value: b }
        : null;
    case 'assigned':
      return a === null || isStr(a) ? { id, card, type: 'assigned', at, by, userId: a } : null;
    case 'coworker':
      return isStr(a) && isBool(b) ? { id, card, type: 'coworker', at, by, userId: a, added: b } : null;
    case 'labelled':
      return isStr(a) && isBool(b) ? { id, card, type: 'labelled', at, by, labelId: a, added: b } : null;
    case 'archived':
      if (!isBool(a)) return null;
      return b === true
        ? { id, card, type: 'archived', at, by, archived: a, creation: true }
        : { id, card, type: 'archived', at, by, archived: a };
    case 'commented':
      return isStr(a) ? { id, card, type: 'commented', at, by, commentId: a } : null;
    case 'blocked':
      return a === null || isStr(a) ? { id, card, type: 'blocked', at, by, reason: a } : null;
    case 'checked':
      return isStr(a) && isBool(b) ? { id, card, type: 'checked', at, by, todoId: a, done: b } : null;
    case 'valued':
      return isStr(a) && (b === null || isStr(b) || typeof b === 'number')
        ? { id, card, type: 'valued', at, by, fieldId: a, value: b }
        : null;
    case 'related':
      return isStr(a) && isRole(b) && isBool(c)
        ? { id, card, type: 'related', at, by, other: a, role: b, added: c }
        : null;
    default:
      return null;
  }
}
