import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api';
import type { DetailLevel } from '../activity/activityApi.ts';
import { fetchNotifications, markRead, type NotificationEntry } from './notificationsApi.ts';

export type NotificationList =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; items: NotificationEntry[]; next: number | null; more: boolean };

const message = (error: unknown) =>
  error instanceof ApiError ? error.message : 'The notifications could not be loaded.';

/**
 * The user's notifications at `level`, newest first, a page at a time, and marking them read. Marking
 * updates the list at once and then tells the server; `onChanged` runs once the server has it (the unread
 * count reads it again). A failed mark reloads the list, so it never shows a read state the server lacks.
 */
export function useNotificationList(level: DetailLevel, onChanged: () => void) {
  const [list, setList] = useState<NotificationList>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setList({ state: 'loading' });
    fetchNotifications(level, null).then(
      (page) =>
        current && setList({ state: 'ready', items: page.notifications, next: page.next, more: false }),
      (error: unknown) => current && setList({ state: 'error', message: message(error) }),
    );
    return () => {
      current = false;
    };
  }, [level, generation]);

  /**
   * Reads the first page again without clearing what is shown: new notifications go on top, pages loaded
   * further down stay (a notification replaced by a newer one of its kind leaves with its page's refresh).
   */
  const refresh = useCallback(() => {
    fetchNotifications(level, null).then(
      (page) =>
        setList((prev) => {
          if (prev.state !== 'ready')
            return { state: 'ready', items: page.notifications, next: page.next, more: false };
          const oldest = page.notifications.at(-1)?.notificationId ?? Number.POSITIVE_INFINITY;
          const below = page.next === null ? [] : prev.items.filter((item) => item.notificationId < oldest);
          return {
            ...prev,
            items: [...page.notifications, ...below],
            next: below.length > 0 ? prev.next : page.next,
          };
        }),
      // A refresh that fails leaves the list as it was; the next count change tries again.
      () => undefined,
    );
  }, [level]);

  const loadMore = useCallback(() => {
    if (list.state !== 'ready' || list.next === null || list.more) return;
    setList({ ...list, more: true });
    fetchNotifications(level, list.next).then(
      (page) =>
        setList((prev) =>
          prev.state === 'ready'
            ? { state: 'ready', items: [...prev.items, ...page.notifications], next: page.next, more: false }
            : prev,
        ),
      (error: unknown) => setList({ state: 'error', message: message(error) }),
    );
  }, [list, level]);

  const mark = useCallback(
    (ids: readonly number[] | 'all') => {
      setList((prev) =>
        prev.state === 'ready'
          ? {
              ...prev,
              items: prev.items.map((item) =>
                ids === 'all' || ids.includes(item.notificationId) ? { ...item, read: true } : item,
              ),
            }
          : prev,
      );
      markRead(ids).then(onChanged, () => {
        reload();
        onChanged();
      });
    },
    [onChanged, reload],
  );

  return { list, loadMore, mark, reload, refresh };
}
