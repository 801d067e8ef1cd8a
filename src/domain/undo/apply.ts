/**
 * Applying an undo step backwards (undo) or forwards (redo). A change is reverted only while its record
 * still holds the value the step left there: a value someone changed since (a peer, or a later local
 * operation) is theirs and stays — except a text (the notes), where the step's own change is taken back
 * around theirs when the two touch different words (`mergeText`). A step of which nothing can be taken
 * back is refused (`changed_since`, in `undo.ts`). Before writing, the result is checked against the rules the operations
 * enforce, so undo can never produce a state no operation could; a step that breaks one is refused with
 * the operation's `DomainError` and nothing is written.
 */
import * as Y from 'yjs';
import { DomainError, type DomainErrorCode } from '../errors.ts';
import { checkRelation } from '../operations/relationRules.ts';
import { columnKeys } from '../read/columnIndex.ts';
import { replaceText } from '../records/cardNotes.ts';
import { mergeText } from '../text/mergeText.ts';
import { eachRecord, isRecord, spaceMaps, type YRecord } from '../schema.ts';
import type { NewHistoryEvent } from '../records/historyEvent.ts';
import type { Change, Collection, FieldChange, Step } from './capture.ts';

/** One write a step will make: a record field, or a card set member (`value` false removes it). */
export type Write =
  | {
      kind: 'field';
      collection: Collection;
      id: string;
      record: YRecord;
      field: string;
      value: unknown;
      /** The write takes back (or brings back) the record's creation. */
      creation?: true;
    }
  | {
      kind: 'member';
      cardId: string;
      card: YRecord;
      set: 'labels' | 'coworkers';
      member: string;
      value: boolean;
    }
  | { kind: 'value'; cardId: string; card: YRecord; fieldId: string; value: unknown }
  | { kind: 'setting'; settings: Y.Map<unknown>; key: string; value: unknown };

/** A record field's value as undo compares it: a `Y.Text` (a card's notes) as its text. */
function fieldNow(record: YRecord, field: string): unknown {
  const value = record.get(field);
  return value instanceof Y.Text ? value.toString() : value;
}

/** Structural equality for the plain values records hold (strings, numbers, null, `pos` objects). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A card's start and due dates, which undo reverts together or not at all. */
function isDateChange(change: Change): change is FieldChange {
  return (
    change.kind === 'field' &&
    change.collection === 'cards' &&
    (change.field === 'start' || change.field === 'due')
  );
}

/**
 * The writes that apply `step` in `direction`, skipping changes someone has overwritten since.
 *
 * A card's two dates count as one value: if either date the step wrote has been changed since, neither is
 * reverted. Reverting only the untouched one would pair it with a date someone chose against the other
 * value (start 30 and due 40 set to 10 and 20, a colleague then moves the due date to 15: putting the start
 * back to 30 leaves it after the due date).
 */
export function planStep(doc: Y.Doc, step: Step, direction: 'undo' | 'redo'): Write[] {
  const maps = spaceMaps(doc);
  const writes: Write[] = [];
  const changes: readonly Change[] = direction === 'undo' ? [...step.changes].reverse() : step.changes;
  const datesChangedSince = new Set<string>();
  for (const change of changes) {
    if (!isDateChange(change)) continue;
    const record = maps.cards.get(change.id);
    const from = direction === 'undo' ? change.after : change.before;
    if (!isRecord(record) || !same(fieldNow(record, change.field), from)) datesChangedSince.add(change.id);
  }
  for (const change of changes) {
    const from = direction === 'undo' ? change.after : change.before;
    const to = direction === 'undo' ? change.before : change.after;
    if (change.kind === 'field') {
      if (isDateChange(change) && datesChangedSince.has(change.id)) continue;
      const record = maps[change.collection].get(change.id);
      if (!isRecord(record)) continue;
      const now = fieldNow(record, change.field);
      let value = to;
      if (!same(now, from)) {
        // A text someone edited since (the notes) takes back this step's own change only, where it
        // does not touch theirs; any other value someone changed since is theirs and stays.
        const merged =
          record.get(change.field) instanceof Y.Text && typeof from === 'string' && typeof to === 'string'
            ? mergeText(from, to, String(now))
            : null;
        if (merged === null) continue;
        value = merged;
      }
      const { collection, id, field } = change;
      const write: Write = { kind: 'field', collection, id, record, field, value };
      if (change.creation) write.creation = true;
      writes.push(write);
    } else if (change.kind === 'value') {
      const card = maps.cards.get(change.cardId);
      if (!isRecord(card)) continue;
      const values = card.get('values');
      const now = values instanceof Y.Map ? values.get(change.fieldId) : undefined;
      if (!same(now, from)) continue;
      const { cardId, fieldId } = change;
      writes.push({ kind: 'value', cardId, card, fieldId, value: to });
    } else if (change.kind === 'setting') {
      if (!same(maps.settings.get(change.key), from)) continue;
      writes.push({ kind: 'setting', settings: maps.settings, key: change.key, value: to });
    } else {
      const card = maps.cards.get(change.cardId);
      if (!isRecord(card)) continue;
      const set = card.get(change.set);
      const present = set instanceof Y.Map && set.get(change.member) === true;
      if (present !== from) continue;
      const { cardId, member } = change;
      writes.push({ kind: 'member', cardId, card, set: change.set, member, value: to as boolean });
    }
  }
  return writes;
}

/**
 * Throws the `DomainError` an operation would throw for the state `writes` produce: editing an archived
 * card or label, putting a card in a missing or archived status, giving a card a missing or archived label,
 * setting a date so that a card starts after it is due, archiving a status that still holds cards or is the
 * last active one, bringing back a relation that breaks a relation rule (`relationRules.ts`).
 */
export function checkWrites(doc: Y.Doc, writes: readonly Write[]): void {
  const { statuses, cards } = spaceMaps(doc);
  const planned = new Map<string, unknown>();
  for (const write of writes) {
    if (write.kind === 'field') planned.set(`${write.collection}/${write.id}/${write.field}`, write.value);
  }
  const valueAfter = (collection: Collection, id: string, record: YRecord, field: string): unknown => {
    const path = `${collection}/${id}/${field}`;
    return planned.has(path) ? planned.get(path) : fieldNow(record, field);
  };
  const archivedAfter = (collection: Collection, id: string): boolean | null => {
    const record = spaceMaps(doc)[collection].get(id);
    return isRecord(record) ? valueAfter(collection, id, record, 'archived') === true : null;
  };
  const cardStatusAfter = (id: string, record: YRecord): string | null => {
    const pos = valueAfter('cards', id, record, 'pos');
    return pos && typeof pos === 'object' && typeof (pos as { statusId?: unknown }).statusId === 'string'
      ? (pos as { statusId: string }).statusId
      : null;
  };

  const checked = new Set<string>();
  for (const write of writes) {
    if (write.kind === 'value' || write.kind === 'setting') {
      checkFieldUse(write, archivedAfter);
      continue;
    }
    if (write.kind === 'member') {
      if (write.card.get('archived') === true) {
        throw new DomainError('card_archived', 'Restore the card before editing it.');
      }
      if (write.set === 'labels' && write.value) {
        const archived = archivedAfter('labels', write.member);
        if (archived === null) throw new DomainError('unknown_label', 'That label no longer exists.');
        if (archived) throw new DomainError('label_archived', 'That label has been archived since.');
      }
      continue;
    }
    const { collection, id, record, field } = write;
    if (collection === 'relations') {
      if (checked.has(id)) continue;
      checked.add(id);
      const removedAfter = valueAfter('relations', id, record, 'removed') === true;
      const kind = valueAfter('relations', id, record, 'kind');
      const from = valueAfter('relations', id, record, 'from');
      const to = valueAfter('relations', id, record, 'to');
      // Only a relation the step makes live (again) is checked; taking one away is always allowed.
      if (removedAfter || (kind !== 'parent' && kind !== 'next')) continue;
      if (typeof from !== 'string' || typeof to !== 'string') continue;
      const liveNow = record.get('removed') !== true && record.get('from') === from;
      if (!liveNow) checkRelation(doc, kind, from, to);
      continue;
    }
    if (collection === 'todos' || collection === 'comments') {
      // A to-do or comment is part of its card: an archived card is not edited, through undo either.
      const card = cards.get(String(record.get('card')));
      if (isRecord(card) && card.get('archived') === true) {
        throw new DomainError('card_archived', 'The card has been archived since; restore it first.', {
          id,
        });
      }
      continue;
    }
    if (field !== 'archived' && record.get('archived') === true && collection !== 'statuses') {
      const code =
        collection === 'cards'
          ? 'card_archived'
          : collection === 'fields'
            ? 'field_archived'
            : 'label_archived';
      throw new DomainError(code, 'It has been archived since; restore it first.', { id });
    }
    if (collection === 'cards' && (field === 'start' || field === 'due')) {
      // Only a step that writes a date is checked: a card whose dates concurrent edits left inconsistent
      // keeps its other fields undoable, as its other fields stay editable.
      const start = valueAfter('cards', id, record, 'start');
      const due = valueAfter('cards', id, record, 'due');
      if (typeof start === 'number' && typeof due === 'number' && start > due) {
        throw new DomainError(
          'invalid_dates',
          'The dates have been changed since; the start would be after the due date.',
          { start, due },
        );
      }
    }
    if (collection === 'cards' && (field === 'pos' || field === 'archived')) {
      if (valueAfter('cards', id, record, 'archived') === true) continue;
      const statusId = cardStatusAfter(id, record);
      const archived = statusId === null ? null : archivedAfter('statuses', statusId);
      if (archived === null) throw new DomainError('unknown_status', 'That column no longer exists.');
      if (archived) {
        throw new DomainError('status_archived', 'That column has been archived since.', { statusId });
      }
    }
    if (collection === 'statuses' && field === 'archived' && write.value === true) {
      const held = columnKeys(doc, id).filter(({ id: cardId }) => {
        const card = cards.get(cardId)!;
        return valueAfter('cards', cardId, card, 'archived') !== true && cardStatusAfter(cardId, card) === id;
      }).length;
      if (held > 0) {
        throw new DomainError(
          'status_not_empty',
          'Cards were put in this column since; move them out first.',
          {
            statusId: id,
            cards: held,
          },
        );
      }
      let active = 0;
      eachRecord(statuses, (_, statusId) => {
        if (archivedAfter('statuses', statusId) === false) active++;
      });
      if (active < 1) throw new DomainError('last_status', 'A space needs at least one column.');
    }
  }
  for (const [collection, { code, noun }] of NAMED)
    checkNames(doc, collection, writes, valueAfter, code, noun);
}

/** The collections whose live records must have names of their own (ignoring case), as their operations require. */
const NAMED = new Map<Collection, { code: DomainErrorCode; noun: string }>([
  ['statuses', { code: 'duplicate_status', noun: 'column' }],
  ['labels', { code: 'duplicate_label', noun: 'label' }],
  ['fields', { code: 'duplicate_field', noun: 'field' }],
]);

/**
 * Refuses a step that renames or brings back a record of `collection` under a name another live record has
 * after the step (a colleague may have taken the name meanwhile). Names two peers made equal concurrently
 * do not block steps that touch neither record.
 */
function checkNames(
  doc: Y.Doc,
  collection: Collection,
  writes: readonly Write[],
  valueAfter: (collection: Collection, id: string, record: YRecord, field: string) => unknown,
  code: DomainErrorCode,
  noun: string,
): void {
  const touched = new Set<string>();
  for (const write of writes) {
    if (write.kind !== 'field' || write.collection !== collection) continue;
    if (write.field === 'name' || write.field === 'archived') touched.add(write.id);
  }
  if (touched.size === 0) return;
  const byName = new Map<string, string[]>();
  eachRecord(spaceMaps(doc)[collection], (record, id) => {
    if (valueAfter(collection, id, record, 'archived') === true) return;
    const name = valueAfter(collection, id, record, 'name');
    if (typeof name !== 'string') return;
    const key = name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), id]);
  });
  for (const ids of byName.values()) {
    if (ids.length < 2 || !ids.some((id) => touched.has(id))) continue;
    const other = ids.find((id) => !touched.has(id)) ?? ids[0]!;
    const name = spaceMaps(doc)[collection].get(other)?.get('name');
    throw new DomainError(code, `This space has a ${noun} named “${String(name)}” since.`, { ids });
  }
}

/**
 * A value goes back only on an unarchived card and for a field that is live after the step; a setting
 * only names a field that is live after the step (an operation refuses both otherwise).
 */
function checkFieldUse(
  write: Extract<Write, { kind: 'value' | 'setting' }>,
  archivedAfter: (collection: Collection, id: string) => boolean | null,
): void {
  if (write.kind === 'value' && write.card.get('archived') === true) {
    throw new DomainError('card_archived', 'Restore the card before editing it.');
  }
  // Of the settings, only the SLA field names a field; another setting's value is not a field id.
  if (write.kind === 'setting' && write.key !== 'slaFieldId') return;
  const fieldId = write.kind === 'value' ? write.fieldId : write.value;
  if (typeof fieldId !== 'string') return;
  const archived = archivedAfter('fields', fieldId);
  if (archived === null) throw new DomainError('unknown_field', 'That field no longer exists.');
  if (archived) throw new DomainError('field_archived', 'That field has been archived since.');
}

/** Makes the writes; call inside a transaction. */
export function makeWrites(writes: readonly Write[]): void {
  for (const write of writes) {
    if (write.kind === 'value') {
      let values = write.card.get('values');
      if (!(values instanceof Y.Map)) {
        values = new Y.Map<unknown>();
        write.card.set('values', values);
      }
      if (write.value === undefined) (values as Y.Map<unknown>).delete(write.fieldId);
      else (values as Y.Map<unknown>).set(write.fieldId, write.value);
      continue;
    }
    if (write.kind === 'setting') {
      if (write.value === undefined) write.settings.delete(write.key);
      else write.settings.set(write.key, write.value);
      continue;
    }
    if (write.kind === 'field') {
      const text = write.record.get(write.field);
      // A text (the notes) is edited back as a save edits it, line by line, rather than replaced by a
      // string (`planStep` merged it with what others wrote since).
      if (text instanceof Y.Text && typeof write.value === 'string') replaceText(text, write.value);
      else if (write.value === undefined) write.record.delete(write.field);
      else write.record.set(write.field, write.value);
      continue;
    }
    let set = write.card.get(write.set);
    if (!(set instanceof Y.Map)) {
      set = new Y.Map<boolean>();
      write.card.set(write.set, set);
    }
    if (write.value) (set as Y.Map<boolean>).set(write.member, true);
    else (set as Y.Map<boolean>).delete(write.member);
  }
}

/** The `checked` events of the to-dos `writes` check or uncheck (other to-do changes have no events). */
export function todoEvents(writes: readonly Write[]): NewHistoryEvent[] {
  const events: NewHistoryEvent[] = [];
  for (const write of writes) {
    if (write.kind !== 'field' || write.collection !== 'todos' || write.field !== 'done') continue;
    const card = write.record.get('card');
    if (typeof card !== 'string') continue;
    events.push({ card, type: 'checked', todoId: write.id, done: write.value === true });
  }
  return events;
}
