/**
 * Comments through the API, for the people who may read a space but not write it: visitors "read and
 * comment only" (DESIGN §1), and the sync endpoint drops every document update a visitor sends. The server
 * runs the same domain operation on its copy of the space as the author, so the comment syncs to everyone
 * like any edit and its history event names the authenticated user. Editing and deleting go the same way;
 * the domain lets only a comment's author do either (`not_author`). An archived space takes none of them
 * (`409 space_archived`), as its sync connections take no updates.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { addComment, deleteComment, DomainError, editComment } from '../../src/domain/index.ts';
import { docAccess } from '../access.ts';
import { HttpError, readJson, sendJson } from '../http/json.ts';
import { isSpaceArchivedNow } from '../projections/spaceListings.ts';
import { requireUser, type ApiRequest } from './context.ts';

const commentSchema = z.object({
  text: z.string(),
  mentions: z.array(z.string()).max(100).optional(),
});

/**
 * Runs `write` on the space named in the path as the signed-in user, once they may read it. Unknown and
 * unreadable spaces answer alike, so space ids cannot be probed; a refused operation is a 400 (or 403 for
 * someone else's comment) with the domain's code.
 */
async function asReader<T>(r: ApiRequest, write: (doc: Y.Doc, actor: string) => T): Promise<T> {
  const user = await requireUser(r);
  const spaceId = r.params.spaceId ?? '';
  const access = await docAccess(r.ctx.storage, user, `space/${spaceId}`);
  if (!access.ok) throw new HttpError(404, 'not_found', 'No such space.');
  if (await isSpaceArchivedNow(r.ctx.storage, r.ctx.registry, spaceId)) {
    throw new HttpError(409, 'space_archived', 'The space is archived: restore it to change it.');
  }
  try {
    return await r.ctx.registry.withDoc(`space/${spaceId}`, (doc) => write(doc, user.id), user.id);
  } catch (error) {
    if (error instanceof DomainError) {
      throw new HttpError(error.code === 'not_author' ? 403 : 400, error.code, error.message);
    }
    throw error;
  }
}

export async function addCardComment(r: ApiRequest): Promise<void> {
  const input = await readJson(r.req, commentSchema);
  const id = await asReader(r, (doc, actor) =>
    addComment(doc, { cardId: r.params.cardId ?? '', ...input }, { actor }),
  );
  sendJson(r.res, 201, { id });
}

export async function editCardComment(r: ApiRequest): Promise<void> {
  const input = await readJson(r.req, commentSchema);
  await asReader(r, (doc, actor) =>
    editComment(
      doc,
      { cardId: r.params.cardId ?? '', commentId: r.params.commentId ?? '', ...input },
      { actor },
    ),
  );
  sendJson(r.res, 200, { id: r.params.commentId });
}

export async function deleteCardComment(r: ApiRequest): Promise<void> {
  await asReader(r, (doc, actor) =>
    deleteComment(doc, { cardId: r.params.cardId ?? '', commentId: r.params.commentId ?? '' }, { actor }),
  );
  sendJson(r.res, 200, { id: r.params.commentId });
}
