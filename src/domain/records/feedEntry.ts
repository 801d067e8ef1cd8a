/**
 * The `feed/<userId>` document: a read-only projection the server writes for one user, holding live
 * summaries of the cards that concern them (mirrored in MySpace, assigned to them, mentioning them) from
 * every space, so MySpace shows them without opening one socket per space (DESIGN §3). The client never
 * writes it; values are plain objects replaced whole, so a reader validates each one.
 */
import { z } from 'zod';
import { statusRoleSchema } from './status.ts';
import { colorSchema, epochMsSchema, idSchema } from './common.ts';

/** Why a card is in someone's feed. */
export const FEED_REASONS = ['mirrored', 'responsible', 'coworker', 'mentioned'] as const;
export type FeedReason = (typeof FEED_REASONS)[number];

/** What MySpace shows of a card: enough for a mirror's front, its Eisenhower place and its grouping. */
export const cardSummarySchema = z.object({
  spaceId: idSchema,
  cardId: idSchema,
  spaceName: z.string(),
  title: z.string(),
  statusId: z.string(),
  statusName: z.string(),
  /** Null when the card's status is missing (a malformed or concurrently removed one). */
  statusRole: statusRoleSchema.nullable(),
  start: epochMsSchema.nullable(),
  due: epochMsSchema.nullable(),
  labels: z.array(z.object({ id: idSchema, name: z.string(), color: colorSchema })),
  todos: z.object({ done: z.number().int().min(0), total: z.number().int().min(0) }),
  /** Live (undeleted) comments; absent in summaries written before it was kept, read as 0. */
  comments: z.number().int().min(0).default(0),
  /** Percent 0–100, null when there is nothing to measure (see `read/progress.ts`). */
  progress: z.number().min(0).max(100).nullable(),
  responsible: idSchema.nullable(),
  coworkers: z.array(idSchema),
  /** Users @mentioned in the card's live comments. */
  mentioned: z.array(idSchema),
  createdBy: z.string(),
  blocked: z.boolean(),
  archived: z.boolean(),
});
export type CardSummary = z.infer<typeof cardSummarySchema>;

/**
 * One entry of a feed: the live summary, or why there is none — the card was deleted (`gone`) or its space
 * is no longer readable by the feed's owner (`unreadable`). An archived card stays `live` with
 * `summary.archived` set, so a mirror can say so and still show what it was.
 */
export const feedEntrySchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('live'), reasons: z.array(z.enum(FEED_REASONS)), summary: cardSummarySchema }),
  z.object({
    state: z.enum(['gone', 'unreadable']),
    reasons: z.array(z.enum(FEED_REASONS)),
    spaceId: idSchema,
    cardId: idSchema,
  }),
]);
export type FeedEntry = z.infer<typeof feedEntrySchema>;

/** The key of a card in a feed (and in the user document's `triaged` map). */
export function feedKey(spaceId: string, cardId: string): string {
  return `${spaceId}:${cardId}`;
}

/** A stored feed value, or null when it is not one this code understands (then the entry is left out). */
export function readFeedEntry(value: unknown): FeedEntry | null {
  const parsed = feedEntrySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
