// The client of the notification centre's API and of following a card (`server/api/notificationRoutes.ts`,
// `followRoutes.ts`). An entry is an activity entry, so the centre writes it with the activity sentence.
import { request } from '../api';
import type { ActivityEntry, DetailLevel } from '../activity/activityApi.ts';

/**
 * One notification: the event as the activity stream has it, its own id, why it came (`reason`) and
 * whether read. A blocked event's own reason, the blocker's, comes as `blockedReason`.
 */
export type NotificationEntry = ActivityEntry & {
  notificationId: number;
  reason: 'follow' | 'mention';
  read: boolean;
  blockedReason?: string | null;
};

/** The event a notification is about, as the activity stream has it (a blocker's reason back in place). */
export function notifiedEvent(entry: NotificationEntry): ActivityEntry {
  if (entry.type !== 'blocked') return entry;
  return { ...entry, reason: entry.blockedReason ?? null } as ActivityEntry;
}

export interface NotificationPage {
  notifications: NotificationEntry[];
  /** The cursor of the next page, or null at the end. */
  next: number | null;
}

/** Notifications per page. */
export const NOTIFICATION_PAGE = 30;

export function fetchNotifications(level: DetailLevel, before: number | null): Promise<NotificationPage> {
  const params = new URLSearchParams({ limit: String(NOTIFICATION_PAGE) });
  if (level !== 'everything') params.set('level', level);
  if (before !== null) params.set('before', String(before));
  return request<NotificationPage>('GET', `/api/notifications?${params.toString()}`);
}

/** How many of the user's notifications are unread, and the newest one's id (null with none). */
export interface UnreadState {
  unread: number;
  latest: number | null;
}

export function fetchUnreadState(): Promise<UnreadState> {
  return request<UnreadState>('GET', '/api/notifications/unread-count');
}

/** Marks the given notifications read, or all of them. */
export async function markRead(ids: readonly number[] | 'all'): Promise<void> {
  await request<unknown>('POST', '/api/notifications/read', ids === 'all' ? { all: true } : { ids });
}

const followPath = (spaceId: string, cardId: string) =>
  `/api/spaces/${encodeURIComponent(spaceId)}/cards/${encodeURIComponent(cardId)}/follow`;

/** The user's explicit choice on a card: follow (true), unfollow (false), or null for the automatic rule. */
export async function fetchFollowChoice(spaceId: string, cardId: string): Promise<boolean | null> {
  return (await request<{ choice: boolean | null }>('GET', followPath(spaceId, cardId))).choice;
}

/** Follows (true) or unfollows (false) the card explicitly; resolves to the stored choice. */
export async function setFollow(spaceId: string, cardId: string, following: boolean): Promise<boolean> {
  return (await request<{ choice: boolean }>(following ? 'PUT' : 'DELETE', followPath(spaceId, cardId)))
    .choice;
}
