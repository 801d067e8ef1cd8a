/**
 * History events in people's words, for every place that shows them: a card's own history ("moved it to
 * Repair"), and the space, user and lead streams, where the card is named ("moved “RMA-1042 Dishwasher
 * leak” from Diagnosis to Repair"). One wording per event type, so the streams and the card never tell
 * the same change two ways.
 */
import type { HistoryEvent } from '../records/historyEvent.ts';
import type { RelationRole } from '../records/relation.ts';

/** Names of what events refer to by id; each answers something readable for ids it no longer knows. */
export interface ActivityNames {
  person(userId: string): string;
  status(statusId: string): string;
  label(labelId: string): string;
  /** A live to-do's text, or null once the to-do is removed. */
  todo(todoId: string): string | null;
  /** A date (epoch ms) as the reader's calendar writes it. */
  day(ms: number): string;
  /** The custom field's name and type, or undefined once the space no longer has it. */
  field(fieldId: string): { name: string; type: 'date' | 'text' | 'number' } | undefined;
  /** Another card's title (the other card of a relation), or words for a card it does not know. */
  card(cardId: string): string;
}

export interface ActivitySubject {
  /** The card's title where the sentence stands apart from the card; null on the card itself ("it"). */
  card: string | null;
  /** The status a move left (the card's previous created/moved event), when known. */
  fromStatusId?: string | null;
  /** The title a rename replaced, when known. */
  previousTitle?: string | null;
}

const quote = (text: string) => `“${text}”`;

/** What the other card of a relation is, as a sentence names it before its title. */
const ROLE_WORDS: Readonly<Record<RelationRole, string>> = {
  parent: 'its parent',
  child: 'its child',
  previous: 'its previous card',
  next: 'its next card',
};

/**
 * What `event` did, as the words after its author's name: "moved it to Repair" on the card, "moved
 * “Pump seal” from Intake to Repair" in a stream. Covers every event type; a new type fails to compile here.
 */
export function activityPredicate(
  event: HistoryEvent,
  names: ActivityNames,
  subject: ActivitySubject,
): string {
  const it = subject.card === null ? 'it' : quote(subject.card);
  // "of it" reads badly: on the card itself these say "the notes", "the due date".
  const ofIt = subject.card === null ? '' : ` of ${it}`;
  switch (event.type) {
    case 'created':
      return `created ${it} in ${names.status(event.statusId)}`;
    case 'moved': {
      const from = subject.fromStatusId ? ` from ${names.status(subject.fromStatusId)}` : '';
      return `moved ${it}${from} to ${names.status(event.toStatusId)}`;
    }
    case 'titled':
      if (subject.card === null) return `renamed it to ${quote(event.title)}`;
      return subject.previousTitle
        ? `renamed ${quote(subject.previousTitle)} to ${quote(event.title)}`
        : `renamed a card to ${quote(event.title)}`;
    case 'noted':
      return `edited the notes${ofIt}`;
    case 'dated':
      return event.value === null
        ? `cleared the ${event.field} date${ofIt}`
        : `set the ${event.field} date${ofIt} to ${names.day(event.value)}`;
    case 'assigned':
      if (event.userId === null) return `removed the responsible person${ofIt}`;
      // "Ada made Ada responsible" reads as two people; the author taking a card on is one.
      return `made ${event.userId === event.by ? 'themselves' : names.person(event.userId)} responsible${subject.card === null ? '' : ` for ${it}`}`;
    case 'coworker': {
      const where = subject.card === null ? '' : event.added ? ` on ${it}` : ` from ${it}`;
      const who = event.userId === event.by ? 'themselves' : names.person(event.userId);
      return `${event.added ? 'added' : 'removed'} ${who} as co-worker${where}`;
    }
    case 'labelled': {
      const where = subject.card === null ? '' : event.added ? ` to ${it}` : ` from ${it}`;
      return `${event.added ? 'added' : 'removed'} the label ${names.label(event.labelId)}${where}`;
    }
    case 'archived':
      if (event.creation) {
        const creation = subject.card === null ? 'its creation' : `the creation of ${it}`;
        return `${event.archived ? 'undid' : 'redid'} ${creation}`;
      }
      return `${event.archived ? 'archived' : 'restored'} ${it}`;
    case 'commented':
      return subject.card === null ? 'commented' : `commented on ${it}`;
    case 'blocked':
      return event.reason === null ? `removed the blocker${ofIt}` : `marked ${it} blocked: ${event.reason}`;
    case 'checked': {
      const text = names.todo(event.todoId);
      const what = text === null ? 'a removed to-do' : quote(text);
      return `${event.done ? 'checked' : 'unchecked'} ${what}${subject.card === null ? '' : ` on ${it}`}`;
    }
    case 'valued': {
      const field = names.field(event.fieldId);
      const name = field?.name ?? 'a removed field';
      if (event.value === null) return `cleared ${name}${ofIt}`;
      const shown =
        field?.type === 'date' && typeof event.value === 'number'
          ? names.day(event.value)
          : field?.type === 'text'
            ? quote(String(event.value))
            : String(event.value);
      return `set ${name}${ofIt} to ${shown}`;
    }
    case 'related': {
      const other = `${ROLE_WORDS[event.role]} ${quote(names.card(event.other))}`;
      return event.added ? `linked ${it} to ${other}` : `unlinked ${it} from ${other}`;
    }
  }
}

/** The whole sentence: the author's name, then {@link activityPredicate}. */
export function activitySentence(
  event: HistoryEvent,
  names: ActivityNames,
  subject: ActivitySubject,
): string {
  return `${names.person(event.by)} ${activityPredicate(event, names, subject)}`;
}

/** How far apart two edits of a card's notes by one person may be to read as one stretch of writing. */
export const NOTE_EDITS_RUN_MS = 30 * 60 * 1000;

/** An event as a card's history shows it: the last of `times` edits of the notes in a row, or one event. */
export interface HistoryEntry {
  event: HistoryEvent;
  times: number;
}

/**
 * `events` (one card's, oldest first) with each run of notes edits by one person folded into its last:
 * notes are saved whenever their field is left or the page hidden, so one stretch of writing gave a line
 * per tab switch ("edited the notes" five times in ten minutes). A run is broken by anyone else's event or
 * any other event of the card, or a pause over `NOTE_EDITS_RUN_MS`; notes events carry no text, so
 * nothing is lost.
 */
export function foldNoteEdits(events: readonly HistoryEvent[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const event of events) {
    const last = entries[entries.length - 1];
    if (
      last !== undefined &&
      event.type === 'noted' &&
      last.event.type === 'noted' &&
      last.event.by === event.by &&
      event.at - last.event.at <= NOTE_EDITS_RUN_MS
    ) {
      entries[entries.length - 1] = { event, times: last.times + 1 };
    } else {
      entries.push({ event, times: 1 });
    }
  }
  return entries;
}

/**
 * For each move of `events` (one card's, oldest first), the status it left: the status of the card's
 * previous created or moved event. Keyed by event id.
 */
export function movedFrom(events: readonly HistoryEvent[]): Map<string, string> {
  const from = new Map<string, string>();
  let status: string | null = null;
  for (const event of events) {
    if (event.type === 'created') status = event.statusId;
    else if (event.type === 'moved') {
      if (status !== null) from.set(event.id, status);
      status = event.toStatusId;
    }
  }
  return from;
}
