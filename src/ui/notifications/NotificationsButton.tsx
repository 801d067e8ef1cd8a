import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';
import { NotificationCentre } from './NotificationCentre';
import './notifications.css';
import { useReminders } from './useReminders.ts';
import { useUnreadCount } from './useUnreadCount.ts';

/**
 * The header's "Notifications" button: its accessible name carries the unread count (the server's unread
 * notifications plus fired reminders not yet dismissed), and it opens the notification centre.
 */
export function NotificationsButton() {
  const { count, latest, refresh } = useUnreadCount();
  const { fired, actions } = useReminders();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const unread = (count ?? 0) + fired.length;

  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'notifications',
        label: 'Show notifications',
        perform: () => {
          setOpen(true);
          refresh();
        },
      },
    ],
    [refresh],
  );
  useCommands(commands);

  // A press anywhere outside closes the centre, as a menu does; focus stays where the user pressed.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !container.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  // Opening a card closes the centre without taking the focus back: the card's panel takes it. A panel
  // already open on that card does not move the focus again; then nothing has it, and the button takes it.
  const closeForCard = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) button.current?.focus();
    });
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
    <div className="notifications" ref={container}>
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
        {/* A phone's header has room for the bell only; the button's label says what it is either way. */}
        <svg className="notifications-bell" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            d="M8 1.5a4 4 0 0 0-4 4v3L2.5 11v1h11v-1L12 8.5v-3a4 4 0 0 0-4-4ZM6.5 13a1.5 1.5 0 0 0 3 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.3"
          />
        </svg>
        <span className="notifications-word">Notifications</span>
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
          onOpened={closeForCard}
          unread={count}
          latest={latest}
        />
      )}
    </div>
  );
}
