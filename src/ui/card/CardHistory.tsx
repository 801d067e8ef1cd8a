import { useMemo } from 'react';
import {
  activityPredicate,
  foldNoteEdits,
  movedFrom,
  type ActivityNames,
  type Field,
  type HistoryEvent,
} from '../../domain/index.ts';
import { appLinkClick } from '../common/appLink';
import { personActivityPath } from '../shell/route';

interface CardHistoryProps {
  events: HistoryEvent[];
  /** Status names by id, label names by id, people's names by id. */
  statusName: (id: string) => string;
  labelName: (id: string) => string;
  personName: (id: string) => string;
  /** The text of a live to-do of the card, or null once it is removed. */
  todoText: (id: string) => string | null;
  /** The custom field with this id, if the space has it. */
  fieldOf: (id: string) => Field | undefined;
  /** The title of another card of the space (a related one). */
  cardTitle: (id: string) => string;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * What happened to the card, newest first, in people's words (a run of notes edits by one person is one
 * line, "edited the notes 3 times", at the last: `foldNoteEdits`): the wording of `domain/read/activity.ts`, as
 * in the space and user streams, with "it" for the card. Read from the space's document, so it is complete
 * and offline too; each author's name opens their own stream, like the names in the streams.
 */
export function CardHistory({
  events,
  statusName,
  labelName,
  personName,
  todoText,
  fieldOf,
  cardTitle,
}: CardHistoryProps) {
  const from = useMemo(() => movedFrom(events), [events]);
  const entries = useMemo(() => foldNoteEdits(events).reverse(), [events]);
  const names: ActivityNames = {
    person: personName,
    status: statusName,
    label: labelName,
    todo: todoText,
    day: (ms) => DAY.format(ms),
    field: fieldOf,
    card: cardTitle,
  };
  return (
    <ol className="card-history" aria-label="History">
      {entries.map(({ event, times }) => (
        <li key={event.id}>
          <a
            className="activity-person"
            href={personActivityPath(event.by)}
            onClick={appLinkClick(personActivityPath(event.by))}
          >
            {personName(event.by)}
          </a>{' '}
          {activityPredicate(event, names, { card: null, fromStatusId: from.get(event.id) })}
          {times > 1 && ` ${times} times`}
          <time dateTime={new Date(event.at).toISOString()}> · {WHEN.format(event.at)}</time>
        </li>
      ))}
    </ol>
  );
}
