// An activity entry in words, with the card's title marked so the page can make it a link: the sentence
// comes from `activitySentence` (one wording for the card panel and every stream), fed with the names the
// server stored with the event, as things were when it happened.
import { activitySentence, type ActivityNames } from '../../domain/index.ts';
import type { ActivityEntry } from './activityApi.ts';

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Stands in for the card's title while the sentence is written; never typed by anyone. */
const CARD = '\u0000card\u0000';

/** The sentence in three parts: before the card's quoted title, the title, after it (title null: absent). */
export interface EntrySentence {
  before: string;
  card: string | null;
  after: string;
}

/**
 * `entry` as a sentence. `people` names users by id (member directories); the actor's own name comes
 * with the entry. An old row stored without names still reads, with neutral words for what it lacks.
 */
export function entrySentence(entry: ActivityEntry, people: Readonly<Record<string, string>>): EntrySentence {
  const { names } = entry;
  const words: ActivityNames = {
    // The actor opens the sentence; anyone else is named within it.
    person: (id) =>
      id === entry.actor ? (entry.actorName ?? people[id] ?? 'Someone') : (people[id] ?? 'someone'),
    status: (id) => names.statuses?.[id] ?? 'a status',
    label: () => names.label ?? 'a label',
    todo: () => names.todo ?? null,
    day: (ms) => DAY.format(ms),
    field: () => names.field,
  };
  // The authenticated author speaks, not the `by` its client wrote.
  const text = activitySentence({ ...entry, by: entry.actor }, words, {
    card: CARD,
    fromStatusId: names.fromStatusId ?? null,
    previousTitle: names.previousTitle ?? null,
  });
  const title = names.card ?? 'a card';
  const at = text.indexOf(`“${CARD}”`);
  if (at < 0) return { before: text.replaceAll(CARD, title), card: null, after: '' };
  return {
    before: text.slice(0, at),
    card: title,
    after: text.slice(at + CARD.length + 2).replaceAll(CARD, title),
  };
}
