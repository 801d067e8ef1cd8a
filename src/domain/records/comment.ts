/**
 * A comment on a card, in the space's flat `comments` map keyed by comment id (see `todo.ts` for why not
 * nested in the card). Only its author edits or deletes it. Deleting keeps the record, its author and its
 * time, sets `deleted` and empties the text, so the thread still shows that something was said and by
 * whom, but not what. `mentions` is one plain array of user ids, replaced whole on each edit.
 */
import { z } from 'zod';
import { flag, msOrNull, str, type YRecord } from '../schema.ts';
import { epochMsSchema, idSchema } from './common.ts';

export const COMMENT_TEXT_MAX = 10_000;
/** Most people one comment may mention. */
export const MENTIONS_MAX = 50;

export const commentSchema = z.object({
  id: idSchema,
  card: idSchema,
  text: z.string().max(COMMENT_TEXT_MAX),
  by: idSchema,
  at: epochMsSchema,
  editedAt: epochMsSchema.nullable(),
  deleted: z.boolean(),
  /** User ids the comment @mentions, sorted (who to notify; the text says how they were named). */
  mentions: z.array(idSchema).max(MENTIONS_MAX),
});
export type Comment = z.infer<typeof commentSchema>;

/** Plain snapshot of one comment record; a deleted comment reads with empty text. */
export function readComment(yComment: YRecord, id: string): Comment {
  const deleted = flag(yComment, 'deleted');
  return {
    id,
    card: str(yComment, 'card'),
    text: deleted ? '' : str(yComment, 'text'),
    by: str(yComment, 'by'),
    at: msOrNull(yComment, 'at') ?? 0,
    editedAt: msOrNull(yComment, 'editedAt'),
    deleted,
    mentions: deleted ? [] : readMentions(yComment.get('mentions')),
  };
}

/** The mentioned user ids of a stored value; absent (older comments) or malformed reads as none. */
export function readMentions(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((id): id is string => typeof id === 'string').slice(0, MENTIONS_MAX);
}

/** Comments in thread order: oldest first, ties by id, so every replica lists them alike. */
export function compareComments(a: Comment, b: Comment): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
