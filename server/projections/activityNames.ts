/**
 * The names an activity sentence needs, taken from the space document when the projection records an event,
 * so the stream reads as things were then ("moved “Pump seal” from Intake to Repair") without the reader
 * loading the space, and keeps reading so after a status is renamed or a to-do removed.
 *
 * The invariant this file keeps: a card's previous status and title come from the events before the one
 * being named, never from the document's current state, which already holds the event's own change. A
 * {@link CardTrail} follows them event by event. A card it has not met is seeded from the card's stored rows
 * when the projection has them (see `projectActivity`), else read once from the card's own history — a walk
 * of the whole history array (about 50 ms at 100,000 events), decoding only that card's tuples.
 */
import type * as Y from 'yjs';
import { cardHistory, type HistoryEvent } from '../../src/domain/index.ts';
import type { FieldType } from '../../src/domain/records/field.ts';
import { spaceMaps, str, type YRecord } from '../../src/domain/schema.ts';

/** The names stored with an activity row; every key is optional and absent when not known. */
// A type rather than an interface: it is stored as a plain JSON record (`NewActivity.names`).
export type EventNames = {
  /** The card's title just after the event. */
  card?: string;
  /** The title a rename replaced. */
  previousTitle?: string;
  /** The status a move left. */
  fromStatusId?: string;
  /** Names of the statuses the sentence mentions, by id (the target, and the one a move left). */
  statuses?: Record<string, string>;
  label?: string;
  field?: { name: string; type: FieldType };
  todo?: string;
  /** The title of the other card of a relation. */
  related?: string;
};

export interface CardState {
  status: string | null;
  title: string | null;
}

const nameIn = (map: Y.Map<YRecord>, id: string, field = 'name'): string | undefined => {
  const record = map.get(id);
  const name = record ? str(record, field) : '';
  return name === '' ? undefined : name;
};

/** Follows each card's status and title along its events, to name what a move or rename replaced. */
export class CardTrail {
  private readonly cards = new Map<string, CardState>();

  constructor(private readonly doc: Y.Doc) {}

  /** Cards of `events` the trail has not met, whose first event here is not their creation. */
  unknownAmong(events: readonly HistoryEvent[]): string[] {
    const unknown = new Set<string>();
    const met = new Set<string>();
    for (const event of events) {
      if (!met.has(event.card) && !this.cards.has(event.card) && event.type !== 'created')
        unknown.add(event.card);
      met.add(event.card);
    }
    return [...unknown];
  }

  /** Starts following `cardId` from where it stood (before the events still to be stepped). */
  seed(cardId: string, state: CardState): void {
    this.cards.set(cardId, { ...state });
  }

  /**
   * The card's state before `event`, then steps past it. `pending` are ids of events already in the
   * document but not yet stepped (the rest of a live batch), left out when a card is first read.
   */
  step(event: HistoryEvent, pending: ReadonlySet<string> = new Set()): CardState {
    let state = this.cards.get(event.card);
    if (!state) {
      state = { status: null, title: null };
      if (event.type !== 'created') {
        for (const earlier of cardHistory(this.doc, event.card)) {
          if (earlier.id === event.id || pending.has(earlier.id)) break;
          advance(state, earlier);
        }
      }
    }
    const before = { ...state };
    advance(state, event);
    this.cards.set(event.card, state);
    return before;
  }
}

function advance(state: CardState, event: HistoryEvent): void {
  if (event.type === 'created') {
    state.status = event.statusId;
    state.title = event.title;
  } else if (event.type === 'moved') state.status = event.toStatusId;
  else if (event.type === 'titled') state.title = event.title;
}

/** The names `event`'s sentence needs, as the document and the card's trail have them now. */
export function eventNames(doc: Y.Doc, event: HistoryEvent, before: CardState): EventNames {
  const maps = spaceMaps(doc);
  const names: EventNames = {};
  const title =
    event.type === 'created' || event.type === 'titled'
      ? event.title
      : (before.title ?? nameIn(maps.cards, event.card, 'title'));
  if (title !== undefined) names.card = title;
  const statuses: Record<string, string> = {};
  const addStatus = (id: string) => {
    const name = nameIn(maps.statuses, id);
    if (name !== undefined) statuses[id] = name;
  };
  switch (event.type) {
    case 'created':
      addStatus(event.statusId);
      break;
    case 'moved':
      addStatus(event.toStatusId);
      if (before.status !== null) {
        names.fromStatusId = before.status;
        addStatus(before.status);
      }
      break;
    case 'titled':
      if (before.title !== null) names.previousTitle = before.title;
      break;
    case 'labelled': {
      const label = nameIn(maps.labels, event.labelId);
      if (label !== undefined) names.label = label;
      break;
    }
    case 'valued': {
      const field = maps.fields.get(event.fieldId);
      const type = field?.get('type');
      if (field && (type === 'date' || type === 'text' || type === 'number')) {
        names.field = { name: str(field, 'name'), type };
      }
      break;
    }
    case 'checked': {
      const todo = nameIn(maps.todos, event.todoId, 'text');
      if (todo !== undefined) names.todo = todo;
      break;
    }
    case 'related': {
      const other = nameIn(maps.cards, event.other, 'title');
      if (other !== undefined) names.related = other;
      break;
    }
    default:
      break;
  }
  if (Object.keys(statuses).length > 0) names.statuses = statuses;
  return names;
}
