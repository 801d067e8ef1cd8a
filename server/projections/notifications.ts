/**
 * The notification projection: for each card history event that arrives live, the users it concerns get a
 * notification row — everyone mentioned by a new comment, and every follower of the card (see
 * `src/domain/read/followers.ts`), never the author. Who follows is decided from the document as the
 * event's transaction left it (responsible, co-workers, mentions, creator) and from the explicit choices
 * in the database.
 *
 * Like the activity projection, it never stands in the way of sync: a failure is logged and the update is
 * stored and broadcast all the same. Only live events notify: an event the server first sees while
 * backfilling (seeded, written before this existed), or written as `PAST_HISTORY`, notifies nobody.
 */
import {
  automaticFollowers,
  isRecord,
  notificationRecipients,
  parseDocName,
  readCard,
  readComment,
  spaceMaps,
  type HistoryEvent,
} from '../../src/domain/index.ts';
import { addedEvents } from '../../src/domain/history/log.ts';
import type { NewNotification, Storage } from '../storage/types.ts';
import type { SharedDoc } from '../sync/sharedDoc.ts';
import { writerOf } from './activity.ts';
import { MentionIndex } from './mentionIndex.ts';

type Log = (message: string, error?: unknown) => void;

/**
 * Transaction origin of history written as already past, such as the demo workspace a running server seeds:
 * projected into the activity streams like any event, but notifying nobody (a new owner would otherwise
 * start with hundreds of notifications of things that never happened to them).
 */
export const PAST_HISTORY = Symbol('past history');

/** An event with what its recipients depend on, read from the document at the event. */
interface Pending {
  event: HistoryEvent;
  actor: string;
  automatic: Set<string>;
  mentions: readonly string[];
}

/** Starts notifying about a just-loaded space document's new events (other documents are left alone). */
export function projectNotifications(shared: SharedDoc, storage: Storage, log: Log): void {
  const parsed = parseDocName(shared.name);
  if (parsed?.kind !== 'space') return;
  const spaceId = parsed.id;
  const { history, cards, comments } = spaceMaps(shared.doc);
  const mentioned = new MentionIndex(shared.doc);
  let recording: Promise<void> = Promise.resolve();

  /** The event's recipients-to-be, read now: later transactions must not change who followed at the time. */
  function pending(event: HistoryEvent, actor: string): Pending | null {
    const yCard = cards.get(event.card);
    if (!isRecord(yCard)) return null;
    let mentions: readonly string[] = [];
    if (event.type === 'commented') {
      // The comment's own observer runs after this one: bring the index up to date with it first.
      mentioned.refresh(event.commentId);
      const yComment = comments.get(event.commentId);
      if (isRecord(yComment)) mentions = readComment(yComment, event.commentId).mentions;
    }
    const card = readCard(yCard, event.card);
    return { event, actor, automatic: automaticFollowers(card, mentioned.mentionedOn(event.card)), mentions };
  }

  async function record(batch: readonly Pending[]): Promise<void> {
    const choices = await storage.followChoices(spaceId, [...new Set(batch.map((p) => p.event.card))]);
    const rows: NewNotification[] = batch.flatMap(({ event, actor, automatic, mentions }) =>
      notificationRecipients({
        actor,
        automatic,
        choices: choices.get(event.card) ?? new Map(),
        mentions,
      }).map(({ userId, reason }) => ({
        userId,
        spaceId,
        eventId: event.id,
        cardId: event.card,
        type: event.type,
        reason,
        actor,
        at: event.at,
        part: event.type === 'dated' ? event.field : event.type === 'valued' ? event.fieldId : '',
      })),
    );
    await storage.insertNotifications(rows);
  }

  // Built soon after load rather than in the first event's transaction: reading every comment of a large
  // space takes tens of ms (docs/benchmarks.md), better spent between sync messages than inside one.
  setImmediate(() => {
    try {
      mentioned.build();
    } catch (error) {
      log(`reading the mentions of ${shared.name} failed`, error);
    }
  });

  history.observe((change, transaction) => {
    if (transaction.origin === PAST_HISTORY) return;
    try {
      const writer = writerOf(shared, transaction.origin);
      const batch = addedEvents(change).flatMap((event) => pending(event, writer ?? event.by) ?? []);
      if (batch.length === 0) return;
      recording = recording
        .then(() => record(batch))
        .catch((error: unknown) => log(`notifications of ${shared.name} not recorded`, error));
    } catch (error) {
      log(`notifications of ${shared.name} not recorded`, error);
    }
  });
}
