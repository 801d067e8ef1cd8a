import { memo, useId } from 'react';
import { entrySentence } from '../activity/entrySentence.ts';
import { cardPath, navigate } from '../shell/route';
import { notifiedEvent, type NotificationEntry } from './notificationsApi.ts';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface NotificationItemProps {
  entry: NotificationEntry;
  people: Readonly<Record<string, string>>;
  /** The signed-in user, whom the sentence calls "you". */
  reader: string | null;
  spaceName: string;
  onMarkRead: (id: number) => void;
  /** Called after the card was opened from here (the centre closes). */
  onOpened: () => void;
}

/**
 * One notification: an unread mark, the activity sentence whose card title opens the card, where and
 * when, and "Mark read". Opening the card marks it read too: the user has seen what it was about.
 */
export const NotificationItem = memo(function NotificationItem({
  entry,
  people,
  reader,
  spaceName,
  onMarkRead,
  onOpened,
}: NotificationItemProps) {
  const sentence = entrySentence(notifiedEvent(entry), people, reader);
  // "Mark read" is described by the sentence, so a screen reader's list of buttons says which one it is.
  const sentenceId = useId();
  const path = cardPath(entry.spaceId, entry.cardId);
  const open = (event: React.MouseEvent) => {
    event.preventDefault();
    if (!entry.read) onMarkRead(entry.notificationId);
    navigate(path);
    onOpened();
  };
  return (
    <li className={entry.read ? 'notification' : 'notification unread'}>
      {/* The dot shows it; the words say it to a screen reader. */}
      <span className="notification-dot" aria-hidden="true" />
      <div className="notification-body">
        <p className="activity-sentence" id={sentenceId}>
          {!entry.read && <span className="visually-hidden">Unread: </span>}
          {entry.reason === 'mention' && <span className="notification-reason">Mentioned you · </span>}
          {sentence.actor}
          {sentence.before}
          {sentence.card === null ? (
            <>
              {' '}
              <a href={path} onClick={open}>
                Open the card
              </a>
            </>
          ) : (
            <a href={path} onClick={open}>
              “{sentence.card}”
            </a>
          )}
          {sentence.after}
        </p>
        <p className="muted activity-meta">
          {spaceName} · <time dateTime={new Date(entry.at).toISOString()}>{WHEN.format(entry.at)}</time>
        </p>
      </div>
      {!entry.read && (
        <button
          type="button"
          className="link"
          aria-describedby={sentenceId}
          onClick={(event) => {
            onMarkRead(entry.notificationId);
            // The button goes once the notification is read: the focus stays on it, on its card's link.
            event.currentTarget.closest('li')?.querySelector<HTMLElement>('.activity-sentence a')?.focus();
          }}
        >
          Mark read
        </button>
      )}
    </li>
  );
});
