/**
 * Who follows a card and who is told about an event on it: pure rules, shared by the server's notification
 * projection and the tests. A user follows a card automatically while they are its responsible person or
 * a co-worker, were mentioned in one of its comments, or created it; an explicit choice (follow or
 * unfollow) overrides that either way. A mention reaches the mentioned user even when they unfollowed:
 * it is addressed to them. Nobody is told about their own action.
 */
import type { Card } from '../records/card.ts';

/** Why a notification was sent. */
export type NotificationReason = 'follow' | 'mention';

/** The users who follow `card` without having chosen to: see the file header. */
export function automaticFollowers(
  card: Pick<Card, 'responsible' | 'coworkers' | 'createdBy'>,
  mentioned: Iterable<string>,
): Set<string> {
  const users = new Set<string>(mentioned);
  if (card.responsible !== null) users.add(card.responsible);
  for (const id of card.coworkers) users.add(id);
  if (card.createdBy !== '') users.add(card.createdBy);
  return users;
}

/** Whether `userId` follows the card, given its automatic followers and the user's explicit choice. */
export function isFollowing(automatic: ReadonlySet<string>, userId: string, choice: boolean | null): boolean {
  return choice ?? automatic.has(userId);
}

/**
 * The recipients of one event, each once: the users the event mentions (a comment's mentions), then every
 * follower, never the actor. `choices` holds explicit follow (true) and unfollow (false) choices by user.
 */
export function notificationRecipients(input: {
  actor: string;
  automatic: ReadonlySet<string>;
  choices: ReadonlyMap<string, boolean>;
  mentions: readonly string[];
}): Array<{ userId: string; reason: NotificationReason }> {
  const { actor, automatic, choices, mentions } = input;
  const recipients = new Map<string, NotificationReason>();
  for (const userId of mentions) if (userId !== actor) recipients.set(userId, 'mention');
  const candidates = new Set([...automatic, ...choices.keys()]);
  for (const userId of candidates) {
    if (userId === actor || recipients.has(userId)) continue;
    if (isFollowing(automatic, userId, choices.get(userId) ?? null)) recipients.set(userId, 'follow');
  }
  return [...recipients].map(([userId, reason]) => ({ userId, reason }));
}
