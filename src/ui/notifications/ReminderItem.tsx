import type { Reminder } from '../../domain/index.ts';
import { cardPath, navigate } from '../shell/route';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface ReminderItemProps {
  reminder: Reminder;
  spaceName: string;
  onDismiss: (id: string) => void;
  onOpened: () => void;
}

/** A personal reminder that has fired: unread until dismissed, which removes it from the user's document. */
export function ReminderItem({ reminder, spaceName, onDismiss, onOpened }: ReminderItemProps) {
  const path = cardPath(reminder.spaceId, reminder.cardId);
  const open = (event: React.MouseEvent) => {
    event.preventDefault();
    navigate(path);
    onOpened();
  };
  return (
    <li className="notification unread">
      <span className="notification-dot" aria-hidden="true" />
      <div className="notification-body">
        <p className="activity-sentence">
          <span className="visually-hidden">Unread: </span>
          Reminder:{' '}
          <a href={path} onClick={open}>
            “{reminder.title || 'a card'}”
          </a>
        </p>
        <p className="muted activity-meta">
          {spaceName} · <time dateTime={new Date(reminder.at).toISOString()}>{WHEN.format(reminder.at)}</time>
        </p>
      </div>
      <button type="button" className="link" onClick={() => onDismiss(reminder.id)}>
        Dismiss
      </button>
    </li>
  );
}
