/**
 * Following a card: `GET` says whether the caller follows it and whether by their own choice; `PUT`
 * follows it and `DELETE` unfollows it, explicitly, overriding the automatic rule (responsible, co-worker,
 * mentioned, creator; see `src/domain/read/followers.ts`). Readers of the space only: unknown and unreadable
 * spaces answer alike, so ids cannot be probed.
 */
import { z } from 'zod';
import {
  automaticFollowers,
  cardComments,
  isFollowing,
  isRecord,
  readCard,
  spaceMaps,
} from '../../src/domain/index.ts';
import { idSchema } from '../../src/domain/records/common.ts';
import { docAccess } from '../access.ts';
import { describeIssue, HttpError, sendJson } from '../http/json.ts';
import type { UserRecord } from '../storage/types.ts';
import { requireUser, type ApiRequest } from './context.ts';

const pathSchema = z.object({ spaceId: idSchema, cardId: idSchema });

/** The signed-in reader, the space and the card named in the path, and the card's automatic followers. */
async function followTarget(r: ApiRequest): Promise<{
  user: UserRecord;
  spaceId: string;
  cardId: string;
  automatic: Set<string>;
}> {
  const user = await requireUser(r);
  const parsed = pathSchema.safeParse(r.params);
  if (!parsed.success) throw new HttpError(400, 'invalid_input', describeIssue(parsed.error.issues[0]));
  const { spaceId, cardId } = parsed.data;
  const access = await docAccess(r.ctx.storage, user, `space/${spaceId}`);
  if (!access.ok) throw new HttpError(404, 'not_found', 'No such space.');
  const automatic = await r.ctx.registry.withDoc(`space/${spaceId}`, (doc) => {
    const yCard = spaceMaps(doc).cards.get(cardId);
    if (!isRecord(yCard)) return null;
    const mentioned = cardComments(doc, cardId).flatMap((comment) => comment.mentions);
    return automaticFollowers(readCard(yCard, cardId), mentioned);
  });
  if (automatic === null) throw new HttpError(404, 'unknown_card', 'The space has no such card.');
  return { user, spaceId, cardId, automatic };
}

async function answer(r: ApiRequest, target: Awaited<ReturnType<typeof followTarget>>): Promise<void> {
  const { user, spaceId, cardId, automatic } = target;
  const choice = (await r.ctx.storage.followChoices(spaceId, [cardId])).get(cardId)?.get(user.id) ?? null;
  sendJson(r.res, 200, { following: isFollowing(automatic, user.id, choice), choice });
}

export async function getFollow(r: ApiRequest): Promise<void> {
  await answer(r, await followTarget(r));
}

export async function followCard(r: ApiRequest): Promise<void> {
  const target = await followTarget(r);
  await r.ctx.storage.setFollow({
    userId: target.user.id,
    spaceId: target.spaceId,
    cardId: target.cardId,
    following: true,
  });
  await answer(r, target);
}

export async function unfollowCard(r: ApiRequest): Promise<void> {
  const target = await followTarget(r);
  await r.ctx.storage.setFollow({
    userId: target.user.id,
    spaceId: target.spaceId,
    cardId: target.cardId,
    following: false,
  });
  await answer(r, target);
}
