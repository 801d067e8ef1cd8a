import { useCallback, useRef, useState } from 'react';
import { NotificationCentre } from './NotificationCentre';
import './notifications.css';
import { useReminders } from './useReminders.ts';
import { useUnreadCount } from './useUnreadCount.ts';

/**
 * The header's "Notifications" button: its accessible name carries the unread count (the server's unread
 * notifications plus fired reminders not yet dismissed), and it opens the notification centre.
 */
export function NotificationsButton() {
  const { count, refresh } = useUnreadCount();
  const { fired, actions } = useReminders();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const unread = (count ?? 0) + fired.length;

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const dismiss = useCallback(
    (id: string) => {
      try {
        actions?.clearReminder({ reminderId: id });
      } catch {
        // Dismissed on another device meanwhile: it is gone either way.
      }
    },
    [actions],
  );

  return (
    <div className="notifications">
      <button
        ref={button}
        type="button"
        className="notifications-button"
        aria-label={`Notifications, ${unread} unread`}
        aria-expanded={open}
        onClick={() => {
          setOpen((was) => !was);
          refresh();
        }}
      >
        Notifications
        {unread > 0 && (
          <span className="notifications-badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <NotificationCentre
          reminders={fired}
          onDismissReminder={dismiss}
          onChanged={refresh}
          onClose={close}
        />
      )}
    </div>
  );
}
