import type { Field, HistoryEvent } from '../../domain/index.ts';

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
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** What happened to the card, newest first, in people's words. */
export function CardHistory({
  events,
  statusName,
  labelName,
  personName,
  todoText,
  fieldOf,
}: CardHistoryProps) {
  const say = (event: HistoryEvent): string => {
    switch (event.type) {
      case 'created':
        return `created it in ${statusName(event.statusId)}`;
      case 'moved':
        return `moved it to ${statusName(event.toStatusId)}`;
      case 'titled':
        return `renamed it to “${event.title}”`;
      case 'noted':
        return 'edited the notes';
      case 'dated':
        return event.value === null
          ? `cleared the ${event.field} date`
          : `set the ${event.field} date to ${DAY.format(event.value)}`;
      case 'assigned':
        return event.userId === null
          ? 'removed the responsible person'
          : `made ${personName(event.userId)} responsible`;
      case 'coworker':
        return `${event.added ? 'added' : 'removed'} ${personName(event.userId)} as co-worker`;
      case 'labelled':
        return `${event.added ? 'added' : 'removed'} the label ${labelName(event.labelId)}`;
      case 'archived':
        return event.archived ? 'archived it' : 'restored it';
      case 'commented':
        return 'commented';
      case 'blocked':
        return event.reason === null ? 'removed the blocker' : `marked it blocked: ${event.reason}`;
      case 'checked': {
        const text = todoText(event.todoId);
        const what = text === null ? 'a removed to-do' : `“${text}”`;
        return `${event.done ? 'checked' : 'unchecked'} ${what}`;
      }
      case 'valued': {
        const field = fieldOf(event.fieldId);
        const name = field?.name ?? 'a removed field';
        if (event.value === null) return `cleared ${name}`;
        const shown =
          field?.type === 'date' && typeof event.value === 'number'
            ? DAY.format(event.value)
            : field?.type === 'text'
              ? `“${event.value}”`
              : String(event.value);
        return `set ${name} to ${shown}`;
      }
    }
  };
  return (
    <ol className="card-history" aria-label="History">
      {[...events].reverse().map((event) => (
        <li key={event.id}>
          <strong>{personName(event.by)}</strong> {say(event)}
          <time dateTime={new Date(event.at).toISOString()}> · {WHEN.format(event.at)}</time>
        </li>
      ))}
    </ol>
  );
}
