/**
 * Following a card explicitly: `PUT` follows it and `DELETE` unfollows it, overriding the automatic rule
 * (responsible, co-worker, mentioned, creator; see `src/domain/read/followers.ts`); `GET` answers the
 * caller's explicit choice, or null when the automatic rule decides. The client applies the rule to the
 * card it has open, so reading the choice needs no document here and works for a card the server has not
 * received yet. Readers of the space only: unknown and unreadable spaces answer alike, so ids cannot be
 * probed.
 */
import { z } from 'zod';
import { isRecord, spaceMaps } from '../../src/domain/index.ts';
import { idSchema } from '../../src/domain/records/common.ts';
import { docAccess } from '../access.ts';
import { describeIssue, HttpError, sendJson } from '../http/json.ts';
import type { UserRecord } from '../storage/types.ts';
import { requireUser, type ApiRequest } from './context.ts';

const pathSchema = z.object({ spaceId: idSchema, cardId: idSchema });

interface Target {
  user: UserRecord;
  spaceId: string;
  cardId: string;
}

/** The signed-in reader and the space and card named in the path. */
async function followTarget(r: ApiRequest): Promise<Target> {
  const user = await requireUser(r);
  const parsed = pathSchema.safeParse(r.params);
  if (!parsed.success) throw new HttpError(400, 'invalid_input', describeIssue(parsed.error.issues[0]));
  const { spaceId, cardId } = parsed.data;
  const access = await docAccess(r.ctx.storage, user, `space/${spaceId}`);
  if (!access.ok) throw new HttpError(404, 'not_found', 'No such space.');
  return { user, spaceId, cardId };
}

/** Stores a choice on a card the space holds (a choice on no card would be kept for nothing). */
async function choose(r: ApiRequest, following: boolean): Promise<void> {
  const { user, spaceId, cardId } = await followTarget(r);
  const known = await r.ctx.registry.withDoc(`space/${spaceId}`, (doc) =>
    isRecord(spaceMaps(doc).cards.get(cardId)),
  );
  if (!known) throw new HttpError(404, 'unknown_card', 'The space has no such card.');
  await r.ctx.storage.setFollow({ userId: user.id, spaceId, cardId, following });
  sendJson(r.res, 200, { choice: following });
}

export async function getFollow(r: ApiRequest): Promise<void> {
  const { user, spaceId, cardId } = await followTarget(r);
  const choice = (await r.ctx.storage.followChoices(spaceId, [cardId])).get(cardId)?.get(user.id) ?? null;
  sendJson(r.res, 200, { choice });
}

export const followCard = (r: ApiRequest) => choose(r, true);
export const unfollowCard = (r: ApiRequest) => choose(r, false);
