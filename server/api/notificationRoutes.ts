/**
 * The notification centre's API: a user's notifications a page at a time, their unread count, and marking
 * them read. Each entry carries the same sentence data as `GET /api/activity` (the notification's activity
 * row) plus its own id, why it was sent and whether it was read. Only spaces the user may read now are
 * included, decided at every request, so a removed member's notifications from that space disappear.
 */
import { z } from 'zod';
import { describeIssue, HttpError, readJson, readQuery, sendJson } from '../http/json.ts';
import type { NotificationRecord } from '../storage/types.ts';
import { DETAIL_LEVELS, toEntry } from './activityRoutes.ts';
import { requireUser, type ApiRequest } from './context.ts';

/** Largest page, in notifications. */
export const MAX_NOTIFICATION_LIMIT = 100;
const DEFAULT_LIMIT = 30;
/** Most ids one request may mark read. */
const MAX_MARK = 500;

const wholeNumber = z
  .string()
  .regex(/^\d{1,15}$/, 'must be a whole number')
  .transform(Number);

const listSchema = z
  .object({
    level: z
      .enum(DETAIL_LEVELS, { error: () => `The level must be one of ${DETAIL_LEVELS.join(', ')}.` })
      .optional(),
    before: wholeNumber.optional(),
    limit: wholeNumber
      .pipe(
        z
          .number()
          .min(1, 'must be at least 1')
          .max(MAX_NOTIFICATION_LIMIT, `must be at most ${MAX_NOTIFICATION_LIMIT}`),
      )
      .optional(),
  })
  .strict();

const markSchema = z.union(
  [
    z.object({ ids: z.array(z.number().int().positive()).min(1).max(MAX_MARK) }).strict(),
    z.object({ all: z.literal(true) }).strict(),
  ],
  { error: () => 'Send {"ids": [notification ids]} or {"all": true}.' },
);

const toNotification = (row: NotificationRecord) => {
  const entry = toEntry(row.activity);
  return {
    ...entry,
    // A blocked event's own `reason` (the blocker's) would be lost under the notification's: it goes as
    // `blockedReason`.
    ...(entry.type === 'blocked' ? { blockedReason: row.activity.data.reason ?? null } : {}),
    notificationId: row.seq,
    reason: row.reason,
    read: row.readAt !== null,
  };
};

/** The ids of the workspaces the user may see now: the only ones whose spaces' notifications show. */
async function readableWorkspaces(r: ApiRequest, userId: string): Promise<string[]> {
  return (await r.ctx.storage.listVisibleWorkspaces(userId)).map((workspace) => workspace.id);
}

export async function listNotifications(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const parsed = listSchema.safeParse(readQuery(r.req.url));
  if (!parsed.success) throw new HttpError(400, 'invalid_input', describeIssue(parsed.error.issues[0]));
  const limit = parsed.data.limit ?? DEFAULT_LIMIT;
  // One more than asked: whether it exists says if there is a next page.
  const rows = await r.ctx.storage.queryNotifications({
    userId: user.id,
    workspaceIds: await readableWorkspaces(r, user.id),
    before: parsed.data.before,
    level: parsed.data.level ?? 'everything',
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  sendJson(r.res, 200, {
    notifications: page.map(toNotification),
    next: rows.length > limit ? page[page.length - 1]!.seq : null,
  });
}

export async function unreadNotificationCount(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const unread = await r.ctx.storage.unreadNotifications(user.id, await readableWorkspaces(r, user.id));
  sendJson(r.res, 200, unread);
}

export async function markNotificationsRead(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const input = await readJson(r.req, markSchema);
  // Only the caller's own rows are ever touched: someone else's ids change nothing.
  const marked = await r.ctx.storage.markNotificationsRead(
    user.id,
    'all' in input ? 'all' : input.ids,
    Date.now(),
  );
  sendJson(r.res, 200, { marked });
}
