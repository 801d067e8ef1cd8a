/**
 * The history-relevant state of every card, and the events that describe the difference between two such
 * states. Undo and redo use it to append compensating events: history only ever grows.
 */
import type * as Y from 'yjs';
import { readCard } from '../records/card.ts';
import type { FieldValue } from '../records/field.ts';
import type { NewHistoryEvent } from '../records/historyEvent.ts';
import { spaceMaps, eachRecord, isRecord, type YRecord } from '../schema.ts';

interface TrackedCard {
  statusId: string;
  title: string;
  notes: string;
  start: number | null;
  due: number | null;
  responsible: string | null;
  coworkers: string[];
  labels: string[];
  /** The blocker's reason, or null. */
  blocker: string | null;
  values: Record<string, FieldValue>;
  archived: boolean;
}

export type TrackedCards = Map<string, TrackedCard>;

/** Snapshot of the tracked fields of the cards `ids` (default: all cards, O(cards)). */
export function trackCards(doc: Y.Doc, ids?: Iterable<string>): TrackedCards {
  const tracked: TrackedCards = new Map();
  const cards = spaceMaps(doc).cards;
  const visit = (record: YRecord, id: string) => {
    const { pos, title, notes, start, due, responsible, coworkers, labels, blocker, values, archived } =
      readCard(record, id);
    tracked.set(id, {
      statusId: pos.statusId,
      title,
      notes,
      start,
      due,
      responsible,
      coworkers,
      labels,
      blocker: blocker?.reason ?? null,
      values,
      archived,
    });
  };
  if (ids === undefined) eachRecord(cards, visit);
  else {
    for (const id of ids) {
      const record = cards.get(id);
      if (isRecord(record)) visit(record, id);
    }
  }
  return tracked;
}

function setDiff(
  card: string,
  before: string[],
  after: string[],
  kind: 'labels' | 'coworkers',
): NewHistoryEvent[] {
  const events: NewHistoryEvent[] = [];
  const make = (id: string, added: boolean): NewHistoryEvent =>
    kind === 'labels'
      ? { card, type: 'labelled', labelId: id, added }
      : { card, type: 'coworker', userId: id, added };
  for (const id of after) if (!before.includes(id)) events.push(make(id, true));
  for (const id of before) if (!after.includes(id)) events.push(make(id, false));
  return events;
}

function valueDiff(
  card: string,
  before: Record<string, FieldValue>,
  after: Record<string, FieldValue>,
): NewHistoryEvent[] {
  const events: NewHistoryEvent[] = [];
  for (const fieldId of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const value = after[fieldId] ?? null;
    if (value !== (before[fieldId] ?? null)) events.push({ card, type: 'valued', fieldId, value });
  }
  return events;
}

/**
 * Events turning `before` into `after`. A card that disappears is recorded as archived, one that
 * reappears as restored, so every card in history has a consistent last state. The archiving or
 * restoring of the cards in `creations` takes back or brings back their creation (an undo or redo of it).
 */
export function diffCards(
  before: TrackedCards,
  after: TrackedCards,
  creations: ReadonlySet<string> = new Set(),
): NewHistoryEvent[] {
  const events: NewHistoryEvent[] = [];
  for (const [card, was] of before) {
    if (!after.has(card) && !was.archived) events.push({ card, type: 'archived', archived: true });
  }
  for (const [card, now] of after) {
    const was = before.get(card);
    if (!was) {
      events.push({ card, type: 'archived', archived: now.archived });
      continue;
    }
    if (now.statusId !== was.statusId) events.push({ card, type: 'moved', toStatusId: now.statusId });
    if (now.title !== was.title) events.push({ card, type: 'titled', title: now.title });
    if (now.notes !== was.notes) events.push({ card, type: 'noted' });
    if (now.start !== was.start) events.push({ card, type: 'dated', field: 'start', value: now.start });
    if (now.due !== was.due) events.push({ card, type: 'dated', field: 'due', value: now.due });
    if (now.responsible !== was.responsible) events.push({ card, type: 'assigned', userId: now.responsible });
    events.push(...setDiff(card, was.coworkers, now.coworkers, 'coworkers'));
    events.push(...setDiff(card, was.labels, now.labels, 'labels'));
    if (now.blocker !== was.blocker) events.push({ card, type: 'blocked', reason: now.blocker });
    events.push(...valueDiff(card, was.values, now.values));
    if (now.archived === was.archived) continue;
    events.push(
      creations.has(card)
        ? { card, type: 'archived', archived: now.archived, creation: true }
        : { card, type: 'archived', archived: now.archived },
    );
  }
  return events;
}
