// An activity entry in words, with the card's title marked so the page can make it a link: the sentence
// comes from `activitySentence` (one wording for the card panel and every stream), fed with the names the
// server stored with the event, as things were when it happened.
import { activitySentence, type ActivityNames } from '../../domain/index.ts';
import type { ActivityEntry } from './activityApi.ts';

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Stands in for the card's title while the sentence is written; never typed by anyone. */
const CARD = '\u0000card\u0000';

/**
 * The sentence in parts: the actor's name (which opens it), then the words up to the card's quoted title,
 * the title, and the words after it (title null: absent), so the page can link the person and the card.
 */
export interface EntrySentence {
  actor: string;
  before: string;
  card: string | null;
  after: string;
}

/**
 * `entry` as a sentence. `people` names users by id (member directories); the actor's own name comes
 * with the entry. An old row stored without names still reads, with neutral words for what it lacks.
 * Given the `reader` (a notification's addressee), the sentence calls them "you" ("made you responsible").
 */
export function entrySentence(
  entry: ActivityEntry,
  people: Readonly<Record<string, string>>,
  reader: string | null = null,
): EntrySentence {
  const { names } = entry;
  const actor = entry.actorName ?? people[entry.actor] ?? 'Someone';
  const words: ActivityNames = {
    // The actor opens the sentence; anyone else is named within it.
    person: (id) => (id === entry.actor ? actor : id === reader ? 'you' : (people[id] ?? 'someone')),
    status: (id) => names.statuses?.[id] ?? 'a status',
    label: () => names.label ?? 'a label',
    todo: () => names.todo ?? null,
    day: (ms) => DAY.format(ms),
    field: () => names.field,
    card: () => names.related ?? 'a card',
  };
  // The authenticated author speaks, not the `by` its client wrote.
  const text = activitySentence({ ...entry, by: entry.actor }, words, {
    card: CARD,
    fromStatusId: names.fromStatusId ?? null,
    previousTitle: names.previousTitle ?? null,
  });
  const title = names.card ?? 'a card';
  // The whole sentence, as every stream words it, less the actor's name that opens it.
  const rest = text.slice(actor.length);
  const at = rest.indexOf(`“${CARD}”`);
  if (at < 0) return { actor, before: rest.replaceAll(CARD, title), card: null, after: '' };
  return {
    actor,
    before: rest.slice(0, at),
    card: title,
    after: rest.slice(at + CARD.length + 2).replaceAll(CARD, title),
  };
}
