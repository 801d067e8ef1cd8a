/**
 * `GET /api/activity`: the activity streams from the server's projection (see `projections/activity.ts`).
 * Without filters it is the reader's stream of "what happened in my spaces" (workspaces they joined, see
 * `isJoined` in access.ts); `card` and `person` narrow it to a card's or a person's stream within those.
 * `space` asks for one space's stream, open to anyone who may read the space (a visitor of a public
 * workspace too). Access is decided at every request, so a removed member stops seeing a space's events
 * at once. Pages go down `seq` with `before`; `after` asks what arrived since the newest row the reader
 * has (a live refresh), paged down the same way when more than a page arrived.
 */
import { z } from 'zod';
import { TYPE_CODES, type HistoryEventType } from '../../src/domain/index.ts';
import { docAccess, isJoined } from '../access.ts';
import { describeIssue, HttpError, readQuery, sendJson } from '../http/json.ts';
import type { ActivityRecord } from '../storage/types.ts';
import { requireUser, type ApiRequest } from './context.ts';

/**
 * Detail levels: `relevant` leaves out note and title edits, which churn without changing where work
 * stands; `comments` keeps only comments. `everything` (the default) filters nothing.
 */
export const DETAIL_LEVELS = ['everything', 'relevant', 'comments'] as const;

/** Largest page, in events. */
export const MAX_ACTIVITY_LIMIT = 200;
const DEFAULT_LIMIT = 50;

const EVENT_TYPES = Object.keys(TYPE_CODES) as [HistoryEventType, ...HistoryEventType[]];
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id');
const wholeNumber = z
  .string()
  .regex(/^\d{1,15}$/, 'must be a whole number')
  .transform(Number);

const querySchema = z
  .object({
    limit: wholeNumber
      .pipe(
        z
          .number()
          .min(1, 'must be at least 1')
          .max(MAX_ACTIVITY_LIMIT, `must be at most ${MAX_ACTIVITY_LIMIT}`),
      )
      .optional(),
    before: wholeNumber.optional(),
    after: wholeNumber.optional(),
    person: idSchema.optional(),
    type: z
      .enum(EVENT_TYPES, { error: () => `The type must be one of ${EVENT_TYPES.join(', ')}.` })
      .optional(),
    space: idSchema.optional(),
    card: idSchema.optional(),
    detail: z
      .enum(DETAIL_LEVELS, { error: () => `The detail must be one of ${DETAIL_LEVELS.join(', ')}.` })
      .optional(),
    from: wholeNumber.optional(),
    to: wholeNumber.optional(),
  })
  .strict()
  .refine(
    ({ from, to }) => from === undefined || to === undefined || from < to,
    'The date range must start before it ends.',
  );

/** One entry of the answer: the event's own fields flat, as the client's history events have them. */
export const toEntry = (row: ActivityRecord) => ({
  ...row.data,
  seq: row.seq,
  id: row.eventId,
  spaceId: row.spaceId,
  cardId: row.cardId,
  type: row.type,
  at: row.at,
  actor: row.actor,
  actorName: row.actorName,
  actorSource: row.actorSource,
  by: row.recordedBy,
  // Rows stored before names were kept have none: the reader falls back to its own words.
  names: row.names ?? {},
});

/**
 * The type conditions of a detail level and the `type` asked for, both applied. Comments only is a type
 * filter (its index-friendly equality) unless another type was asked, which then matches nothing.
 */
function typeFilter(
  detail: (typeof DETAIL_LEVELS)[number],
  type: HistoryEventType | undefined,
): { type?: HistoryEventType; excludeTypes?: readonly HistoryEventType[] } {
  if (detail === 'comments') {
    return type === undefined || type === 'commented' ? { type: 'commented' } : { excludeTypes: EVENT_TYPES };
  }
  return detail === 'relevant' ? { type, excludeTypes: ['noted', 'titled'] } : { type };
}

export async function listActivity(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const parsed = querySchema.safeParse(readQuery(r.req.url));
  if (!parsed.success) throw new HttpError(400, 'invalid_input', describeIssue(parsed.error.issues[0]));
  const input = parsed.data;
  if (input.space !== undefined) {
    const access = await docAccess(r.ctx.storage, user, `space/${input.space}`);
    // Unknown and unreadable spaces answer alike, so space ids cannot be probed.
    if (!access.ok) throw new HttpError(404, 'not_found', 'No such space.');
  }
  const visible = await r.ctx.storage.listVisibleWorkspaces(user.id);
  // A space asked for by name has passed its own access check; otherwise the stream is "my spaces".
  const workspaces = input.space !== undefined ? visible : visible.filter(isJoined);
  const limit = input.limit ?? DEFAULT_LIMIT;
  // One more than asked: whether it exists says if there is a next page.
  const rows = await r.ctx.storage.queryActivity({
    workspaceIds: workspaces.map((workspace) => workspace.id),
    before: input.before,
    after: input.after,
    spaceId: input.space,
    cardId: input.card,
    actor: input.person,
    ...typeFilter(input.detail ?? 'everything', input.type),
    from: input.from,
    to: input.to,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  sendJson(r.res, 200, {
    events: page.map(toEntry),
    next: rows.length > limit ? page[page.length - 1]!.seq : null,
  });
}
