import {
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { Reminder } from '../../domain/index.ts';
import type { DetailLevel } from '../activity/activityApi.ts';
import { usePeopleDirectory } from '../activity/usePeopleDirectory.ts';
import { FormError } from '../common/FormError';
import { useFocusAfterMore } from '../common/useFocusAfterMore';
import { useSpaceList } from '../shell/useSpaceList';
import { WorkspaceStoresContext } from '../shell/workspaceStores';
import { CurrentUserContext } from '../shell/currentUser';
import { askForBrowserNotifications, canAskForBrowserNotifications } from './browserNotification.ts';
import { NotificationItem } from './NotificationItem';
import { ReminderItem } from './ReminderItem';
import { useNotificationList } from './useNotificationList.ts';

interface NotificationCentreProps {
  /** Fired personal reminders not yet dismissed. */
  reminders: readonly Reminder[];
  onDismissReminder: (id: string) => void;
  /** The server's read state changed: the unread count is asked for again. */
  onChanged: () => void;
  onClose: () => void;
  /** A card was opened from the centre: it closes, and the card's panel takes the focus. */
  onOpened: () => void;
  /**
   * The server's unread count as last asked, and its newest unread notification's id: a change of either
   * while the centre is open refreshes its list (a notification replacing an unread one of its kind
   * leaves the count as it was).
   */
  unread?: number | null;
  latest?: number | null;
}

const LEVELS: ReadonlyArray<[DetailLevel, string]> = [
  ['everything', 'Everything'],
  ['relevant', 'Relevant'],
  ['comments', 'Comments and mentions'],
];

/**
 * The notification centre: fired reminders, then events on followed cards and mentions, newest first,
 * each a sentence whose card opens the card; mark one or all read; choose the level of detail. Escape
 * closes it and focus returns to the header's button (its opener).
 */
export function NotificationCentre({
  reminders,
  onDismissReminder,
  onChanged,
  onClose,
  onOpened,
  unread = null,
  latest = null,
}: NotificationCentreProps) {
  const [level, setLevel] = useState<DetailLevel>('everything');
  const { list, loadMore, mark, refresh } = useNotificationList(level, onChanged);
  // What arrives while the centre is open shows in it, not only in the button's count.
  const seenUnread = useRef(`${unread}:${latest}`);
  useEffect(() => {
    const now = `${unread}:${latest}`;
    if (now === seenUnread.current) return;
    seenUnread.current = now;
    refresh();
  }, [unread, latest, refresh]);
  const stores = useContext(WorkspaceStoresContext);
  const spaces = useSpaceList(stores);
  const spaceNames = useMemo(() => new Map(spaces.map((space) => [space.id, space.name])), [spaces]);
  const people = usePeopleDirectory(Object.keys(stores));
  const reader = useContext(CurrentUserContext)?.id ?? null;
  const [askable, setAskable] = useState(canAskForBrowserNotifications);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  const markOne = (id: number) => mark([id]);
  // The button goes once the last page is in: the focus goes on to the first notification it brought.
  const listRef = useRef<HTMLUListElement>(null);
  const shown = reminders.length + (list.state === 'ready' ? list.items.length : 0);
  const focusFirstNew = useFocusAfterMore(listRef, shown, list.state !== 'ready' || !list.more);
  const showOlder = (event: MouseEvent<HTMLButtonElement>) => {
    if (list.state !== 'ready' || list.more) return;
    focusFirstNew(shown, event.currentTarget);
    loadMore();
  };
  const anyUnread = reminders.length > 0 || (list.state === 'ready' && list.items.some((item) => !item.read));
  const empty = reminders.length === 0 && list.state === 'ready' && list.items.length === 0;

  return (
    <div className="notification-centre" role="dialog" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="notification-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Notifications
        </h2>
        <button type="button" onClick={onClose} aria-label="Close notifications">
          Close
        </button>
      </div>
      <div className="notification-tools">
        <label>
          Show{' '}
          <select
            className="select"
            value={level}
            onChange={(event) => setLevel(event.target.value as DetailLevel)}
          >
            {LEVELS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {/* Not `disabled`: the button keeps the focus once everything is read, and Escape still closes. */}
        <button type="button" aria-disabled={!anyUnread} onClick={() => anyUnread && mark('all')}>
          Mark all read
        </button>
        {askable && (
          <button
            type="button"
            className="link"
            onClick={() => void askForBrowserNotifications().finally(() => setAskable(false))}
          >
            Show reminders as browser notifications
          </button>
        )}
      </div>
      {list.state === 'error' && <FormError message={list.message} />}
      {list.state === 'loading' && reminders.length === 0 && <p className="muted">Loading notifications…</p>}
      {empty && (
        <p className="muted">
          Nothing new. You hear here about cards you follow — yours, those you work on, are mentioned on or
          chose to follow — and your reminders.
        </p>
      )}
      <ul ref={listRef} className="notification-list" aria-label="Notifications">
        {reminders.map((reminder) => (
          <ReminderItem
            key={reminder.id}
            reminder={reminder}
            spaceName={spaceNames.get(reminder.spaceId) ?? 'A space'}
            onDismiss={onDismissReminder}
            onOpened={onOpened}
          />
        ))}
        {list.state === 'ready' &&
          list.items.map((entry) => (
            <NotificationItem
              key={entry.notificationId}
              entry={entry}
              people={people}
              reader={reader}
              spaceName={spaceNames.get(entry.spaceId) ?? 'A space'}
              onMarkRead={markOne}
              onOpened={onOpened}
            />
          ))}
      </ul>
      {list.state === 'ready' && list.next !== null && (
        <button type="button" aria-disabled={list.more} onClick={showOlder}>
          {list.more ? 'Loading…' : 'Show older'}
        </button>
      )}
    </div>
  );
}
