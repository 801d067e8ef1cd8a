/**
 * Recording undo steps. Every transaction with origin `LOCAL` (one domain operation) on a space's statuses,
 * labels, custom fields, cards (their values included), to-dos, comments, relations and settings becomes one step: the list of field values and set members it changed, each with its
 * value before and after. Creating a record is recorded as its `archived` flag going from true to false, so
 * undoing a creation archives the record instead of deleting it (a peer may have edited it or, for a
 * label or status, used it since). Records are never deleted by operations on a space, so deletions are
 * not recorded.
 */
import * as Y from 'yjs';
import { addedEvents } from '../history/log.ts';
import { LOCAL } from '../origin.ts';
import { isRecord, spaceMaps, type HistoryTuple, type YRecord } from '../schema.ts';

/** The collections undo covers. */
export type Collection = 'statuses' | 'labels' | 'fields' | 'cards' | 'todos' | 'comments' | 'relations';

/** A record field an operation wrote; a record's creation is `archived: true → false`. */
export interface FieldChange {
  kind: 'field';
  collection: Collection;
  id: string;
  field: string;
  before: unknown;
  after: unknown;
  /** This change stands for the record's creation (see the file's header). */
  creation?: true;
}

/** An entry of a card's label or co-worker set an operation added or removed. */
export interface MemberChange {
  kind: 'member';
  cardId: string;
  set: 'labels' | 'coworkers';
  member: string;
  before: boolean;
  after: boolean;
}

/** A card's custom field value an operation set or cleared (`undefined`: no value). */
export interface ValueChange {
  kind: 'value';
  cardId: string;
  fieldId: string;
  before: unknown;
  after: unknown;
}

/** A space setting an operation changed (`undefined`: unset). */
export interface SettingChange {
  kind: 'setting';
  key: string;
  before: unknown;
  after: unknown;
}

export type Change = FieldChange | MemberChange | ValueChange | SettingChange;

/** One operation's changes, and the user its history events named (who compensating events are by). */
export interface Step {
  changes: Change[];
  actor: string | null;
}

const COLLECTIONS: readonly Collection[] = [
  'statuses',
  'labels',
  'fields',
  'cards',
  'todos',
  'comments',
  'relations',
];

/**
 * The flag whose `true → false` stands for a record's creation, so undoing it hides the record: archived
 * statuses, labels and cards, removed to-dos, deleted comments.
 */
const CREATION_FLAG: Readonly<Record<Collection, string>> = {
  statuses: 'archived',
  labels: 'archived',
  fields: 'archived',
  cards: 'archived',
  todos: 'removed',
  comments: 'deleted',
  relations: 'removed',
};

/**
 * Watches `doc` and calls `onStep` once per local operation that changed something undo covers.
 * Returns the function that stops watching.
 */
export function captureSteps(doc: Y.Doc, onStep: (step: Step) => void): () => void {
  const maps = spaceMaps(doc);
  let pending: { transaction: Y.Transaction; step: Step; created: Set<string> } | null = null;

  function stepOf(transaction: Y.Transaction) {
    if (pending?.transaction !== transaction) {
      pending = { transaction, step: { changes: [], actor: null }, created: new Set() };
    }
    return pending;
  }

  const observers = COLLECTIONS.map((collection) => {
    const map = maps[collection];
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      if (transaction.origin !== LOCAL) return;
      const { step, created } = stepOf(transaction);
      for (const event of events) recordEvent(collection, map, event, step, created);
    };
    map.observeDeep(observer);
    return () => map.unobserveDeep(observer);
  });

  // The operation's own history events name the acting user; compensating events are attributed to them.
  // They are read from the structs the transaction created: Yjs's change delta walks the whole array, and
  // even an indexed read of its last element walked a good part of it (100,000 events in a busy space).
  const onHistory = (event: Y.YArrayEvent<HistoryTuple>, transaction: Y.Transaction) => {
    if (transaction.origin !== LOCAL) return;
    const { step } = stepOf(transaction);
    const last = addedEvents(event).at(-1);
    if (last) step.actor = last.by;
  };
  maps.history.observe(onHistory);

  const onSettings = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
    if (transaction.origin !== LOCAL) return;
    const { step } = stepOf(transaction);
    event.changes.keys.forEach((change, key) => {
      const before = change.action === 'add' ? undefined : change.oldValue;
      const after = change.action === 'delete' ? undefined : maps.settings.get(key);
      step.changes.push({ kind: 'setting', key, before, after });
    });
  };
  maps.settings.observe(onSettings);

  const onAfterTransaction = (transaction: Y.Transaction) => {
    if (pending?.transaction !== transaction) return;
    const { step } = pending;
    pending = null;
    if (step.changes.length > 0) onStep(step);
  };
  doc.on('afterTransaction', onAfterTransaction);

  return () => {
    for (const stop of observers) stop();
    maps.history.unobserve(onHistory);
    maps.settings.unobserve(onSettings);
    doc.off('afterTransaction', onAfterTransaction);
  };
}

function recordEvent(
  collection: Collection,
  map: Y.Map<YRecord>,
  event: Y.YEvent<Y.AbstractType<unknown>>,
  step: Step,
  created: Set<string>,
): void {
  if (event.target === map) {
    event.changes.keys.forEach((change, id) => {
      if (change.action !== 'add' || !isRecord(map.get(id))) return;
      created.add(id);
      const field = CREATION_FLAG[collection];
      // A new to-do or comment leaves the flag out (absent reads as false): undo then sets it, redo
      // removes it again.
      const after = map.get(id)!.get(field);
      step.changes.push({ kind: 'field', collection, id, field, before: true, after, creation: true });
      // An undone comment is deleted as its author would delete it: its text goes too (redo restores it).
      if (collection === 'comments') {
        const text = map.get(id)!.get('text');
        step.changes.push({ kind: 'field', collection, id, field: 'text', before: '', after: text });
      }
    });
    return;
  }
  const [id, setName] = event.path;
  if (typeof id !== 'string' || created.has(id)) return;
  const target = event.target as Y.Map<unknown>;
  if (event.path.length === 1) {
    event.changes.keys.forEach((change, field) => {
      const before = change.action === 'add' ? undefined : change.oldValue;
      const after = change.action === 'delete' ? undefined : target.get(field);
      // A values map made by this operation (the card predates it) reports its entries only here.
      if (field === 'values' && collection === 'cards' && after instanceof Y.Map) {
        after.forEach((value: unknown, fieldId: string) => {
          step.changes.push({ kind: 'value', cardId: id, fieldId, before: undefined, after: value });
        });
        return;
      }
      // A nested set replaced as a whole (a peer's card lacked it) is not a value undo can put back.
      if (before instanceof Y.AbstractType || after instanceof Y.AbstractType) return;
      step.changes.push({ kind: 'field', collection, id, field, before, after });
    });
  } else if (event.path.length === 2 && collection === 'cards' && event.target instanceof Y.Text) {
    // The notes, edited in place: one change from the whole text before to the whole text after.
    const before = textBefore(event as Y.YTextEvent);
    step.changes.push({
      kind: 'field',
      collection,
      id,
      field: String(setName),
      before,
      after: event.target.toString(),
    });
  } else if (
    event.path.length === 2 &&
    collection === 'cards' &&
    (setName === 'labels' || setName === 'coworkers')
  ) {
    event.changes.keys.forEach((change, member) => {
      const before = change.action !== 'add' && change.oldValue === true;
      const after = target.get(member) === true;
      if (before !== after)
        step.changes.push({ kind: 'member', cardId: id, set: setName, member, before, after });
    });
  } else if (event.path.length === 2 && collection === 'cards' && setName === 'values') {
    event.changes.keys.forEach((change, fieldId) => {
      const before = change.action === 'add' ? undefined : change.oldValue;
      const after = change.action === 'delete' ? undefined : target.get(fieldId);
      step.changes.push({ kind: 'value', cardId: id, fieldId, before, after });
    });
  }
}

/**
 * The text `event`'s `Y.Text` held before its transaction: its pieces in order, leaving out those the
 * transaction added and keeping those it deleted (their content is still there while observers run).
 */
function textBefore(event: Y.YTextEvent): string {
  let before = '';
  for (let item = event.target._start; item !== null; item = item.right) {
    if (!(item.content instanceof Y.ContentString) || event.adds(item)) continue;
    if (!item.deleted || event.deletes(item)) before += item.content.str;
  }
  return before;
}
