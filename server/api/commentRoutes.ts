/**
 * Comments through the API, for the people who may read a space but not write it: visitors "read and
 * comment only" (DESIGN §1), and the sync endpoint drops every document update a visitor sends. The server
 * runs the same domain operation on its copy of the space as the author, so the comment syncs to everyone
 * like any edit and its history event names the authenticated user.
 */
import { z } from 'zod';
import { addComment, DomainError } from '../../src/domain/index.ts';
import { docAccess } from '../access.ts';
import { HttpError, readJson, sendJson } from '../http/json.ts';
import { requireUser, type ApiRequest } from './context.ts';

const commentSchema = z.object({
  text: z.string(),
  mentions: z.array(z.string()).max(100).optional(),
});

export async function addCardComment(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const spaceId = r.params.spaceId ?? '';
  const access = await docAccess(r.ctx.storage, user, `space/${spaceId}`);
  // Unknown and unreadable spaces answer alike, so space ids cannot be probed.
  if (!access.ok) throw new HttpError(404, 'not_found', 'No such space.');
  const input = await readJson(r.req, commentSchema);
  let id: string;
  try {
    id = await r.ctx.registry.withDoc(
      `space/${spaceId}`,
      (doc) => addComment(doc, { cardId: r.params.cardId ?? '', ...input }, { actor: user.id }),
      user.id,
    );
  } catch (error) {
    if (error instanceof DomainError) throw new HttpError(400, error.code, error.message);
    throw error;
  }
  sendJson(r.res, 201, { id });
}
