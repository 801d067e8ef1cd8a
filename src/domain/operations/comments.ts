/**
 * Comments on a card: records of the space's flat `comments` map (see `records/comment.ts`). Anyone who
 * can edit the card adds one; only its author edits or deletes it. Adding appends `commented` with the
 * comment's id only: the text stays in the comment, so history stays small.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { appendHistory } from '../history/log.ts';
import { newId } from '../ids.ts';
import { LOCAL } from '../origin.ts';
import { COMMENT_TEXT_MAX, MENTIONS_MAX } from '../records/comment.ts';
import { idSchema } from '../records/common.ts';
import { flag, isRecord, newRecord, spaceMaps, str, type YRecord } from '../schema.ts';
import { requireEditableCard } from './cardRules.ts';
import { parseInput } from './input.ts';
import { cleanText } from './text.ts';

const mentionsSchema = z.array(idSchema).max(MENTIONS_MAX).optional();
const addInput = z.object({ cardId: idSchema, text: z.string(), mentions: mentionsSchema });
const editInput = z.object({
  cardId: idSchema,
  commentId: idSchema,
  text: z.string(),
  mentions: mentionsSchema,
});

/** Sorted, without repeats, so equal sets are equal values. */
const cleanMentions = (ids: readonly string[] = []) => [...new Set(ids)].sort();
const deleteInput = z.object({ cardId: idSchema, commentId: idSchema });

/** The card's comment `commentId` if `actor` wrote it: else `unknown_comment` or `not_author`. */
function requireOwnComment(doc: Y.Doc, cardId: string, commentId: string, actor: string): YRecord {
  requireEditableCard(doc, cardId);
  const comment = spaceMaps(doc).comments.get(commentId);
  if (!isRecord(comment) || str(comment, 'card') !== cardId) {
    throw new DomainError('unknown_comment', `The card has no comment with id "${commentId}".`, {
      cardId,
      commentId,
    });
  }
  if (str(comment, 'by') !== actor) {
    throw new DomainError('not_author', 'Only the author of a comment can change it.', { commentId });
  }
  return comment;
}

/**
 * Adds a comment by the acting user (text trimmed, 1–{@link COMMENT_TEXT_MAX} characters; `mentions`, the
 * user ids it @mentions, at most {@link MENTIONS_MAX}) and returns its id; appends `commented`.
 */
export function addComment(
  doc: Y.Doc,
  input: { cardId: string; text: string; mentions?: string[] },
  ctx: OpContext,
): string {
  const { cardId, text, mentions } = parseInput(addInput, input);
  const { actor, at } = resolveContext(ctx);
  requireEditableCard(doc, cardId);
  const clean = cleanText(text, COMMENT_TEXT_MAX, 'A comment');
  const people = cleanMentions(mentions);
  const id = newId();
  doc.transact(() => {
    spaceMaps(doc).comments.set(
      id,
      // Fields at their default (`editedAt` null, `deleted` false, no mentions) are left out: absent reads
      // the same, and each field is an entry of its own in every comment of the space.
      newRecord({
        card: cardId,
        text: clean,
        by: actor,
        at,
        ...(people.length > 0 ? { mentions: people } : {}),
      }),
    );
    appendHistory(doc, [{ card: cardId, type: 'commented', commentId: id }], at, actor);
  }, LOCAL);
  return id;
}

/**
 * Replaces the text (and, when given, the mentions) of one's own comment and stamps `editedAt` (epoch
 * ms); a deleted one → `comment_deleted`.
 */
export function editComment(
  doc: Y.Doc,
  input: { cardId: string; commentId: string; text: string; mentions?: string[] },
  ctx: OpContext,
): void {
  const { cardId, commentId, text, mentions } = parseInput(editInput, input);
  const { actor, at } = resolveContext(ctx);
  const comment = requireOwnComment(doc, cardId, commentId, actor);
  if (flag(comment, 'deleted')) throw new DomainError('comment_deleted', 'That comment was deleted.');
  const clean = cleanText(text, COMMENT_TEXT_MAX, 'A comment');
  const people = mentions === undefined ? undefined : cleanMentions(mentions);
  const stored = comment.get('mentions');
  const samePeople = people === undefined || JSON.stringify(people) === JSON.stringify(stored ?? []);
  if (clean === str(comment, 'text') && samePeople) return;
  doc.transact(() => {
    comment.set('text', clean);
    if (!samePeople) comment.set('mentions', people);
    comment.set('editedAt', at);
  }, LOCAL);
}

/**
 * Deletes one's own comment: its text is emptied and it is marked deleted; its author and time stay, so
 * the thread shows where it was. Deleting a deleted comment changes nothing.
 */
export function deleteComment(
  doc: Y.Doc,
  input: { cardId: string; commentId: string },
  ctx: OpContext,
): void {
  const { cardId, commentId } = parseInput(deleteInput, input);
  const { actor } = resolveContext(ctx);
  const comment = requireOwnComment(doc, cardId, commentId, actor);
  if (flag(comment, 'deleted')) return;
  doc.transact(() => {
    comment.set('deleted', true);
    comment.set('text', '');
    comment.set('mentions', []);
  }, LOCAL);
}
