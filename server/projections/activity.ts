/**
 * The activity projection: every card history event of every space, copied into the database's `activity`
 * table with the user who wrote it, so the activity streams can be read across spaces without loading a
 * single document.
 *
 * The invariant this file keeps: the projection never stands in the way of sync. A projection write that
 * fails is logged and nothing else happens — the update is still stored and broadcast — and the event is
 * picked up again by the backfill the next time the space is loaded. The author is the authenticated user
 * whose connection or API call applied the update; an event the projection did not see arrive (seeded,
 * written while a write failed, from before the projection existed) takes its recorded `by` and is marked so.
 */
import type * as Y from 'yjs';
import { addedEvents } from '../../src/domain/history/log.ts';
import {
  historyLength,
  parseDocName,
  readHistory,
  spaceMaps,
  type HistoryEvent,
} from '../../src/domain/index.ts';
import type { NewActivity, Storage } from '../storage/types.ts';
import type { Peer, SharedDoc } from '../sync/sharedDoc.ts';
import { CardTrail, eventNames, type EventNames } from './activityNames.ts';

/** Rows per backfill transaction: large enough to be quick, small enough not to hold the event loop long. */
const BACKFILL_BATCH = 2_000;

type Log = (message: string, error?: unknown) => void;

/**
 * The stored row of `event`; `actor` null means the author is unknown and the event's `by` stands in.
 * `names` are the names its sentence needs (see `activityNames.ts`), when the document was at hand.
 */
export function toActivity(
  spaceId: string,
  event: HistoryEvent,
  actor: string | null,
  names?: EventNames,
): NewActivity {
  const { id, card, type, at, by, ...data } = event;
  return {
    spaceId,
    eventId: id,
    cardId: card,
    type,
    at,
    actor: actor ?? by,
    actorSource: actor === null ? 'recorded' : 'session',
    recordedBy: by,
    data,
    ...(names === undefined ? {} : { names }),
  };
}

/**
 * Stores the events of `doc` the table does not have yet, with their recorded authors. Cheap when nothing is
 * missing: it compares the row count with the history's length (`knownLength`, read when the document was
 * loaded) and decodes nothing if they match. `skip` holds ids the live observer has already taken, so an
 * event that arrived meanwhile keeps its authenticated author. Resolves to the number of rows added.
 */
export async function backfillActivity(
  storage: Storage,
  spaceId: string,
  doc: Y.Doc,
  knownLength: number,
  skip: ReadonlySet<string> = new Set(),
): Promise<number> {
  if (knownLength === 0) return 0;
  // Malformed tuples are never stored, so a space holding some is decoded again on every load: harmless.
  if ((await storage.countActivity(spaceId)) >= knownLength) return 0;
  return storeActivity(storage, historyActivity(spaceId, doc, skip));
}

/** The rows of the events in `doc`'s history but those in `skip`, in the history's order, as recorded. */
export function historyActivity(
  spaceId: string,
  doc: Y.Doc,
  skip: ReadonlySet<string> = new Set(),
): NewActivity[] {
  // Every event steps the trail, stored or not, so each card's previous status is the one it really left.
  const trail = new CardTrail(doc);
  return readHistory(doc).flatMap((event) => {
    const before = trail.step(event);
    return skip.has(event.id) ? [] : [toActivity(spaceId, event, null, eventNames(doc, event, before))];
  });
}

/** Stores `rows` in their order, in batches; resolves to the number of rows that were not stored yet. */
export async function storeActivity(storage: Storage, rows: readonly NewActivity[]): Promise<number> {
  let added = 0;
  for (let start = 0; start < rows.length; start += BACKFILL_BATCH) {
    added += await storage.insertActivity(rows.slice(start, start + BACKFILL_BATCH));
    // Let sync messages through between batches of a large space.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return added;
}

/** The authenticated user who applied a transaction: one of the document's connections, or an API call. */
export function writerOf(shared: SharedDoc, origin: unknown): string | null {
  if (typeof origin === 'object' && origin !== null && shared.peers.has(origin as Peer)) {
    return (origin as Peer).userId;
  }
  return shared.apiActor;
}

/**
 * Starts projecting a just-loaded space document (other documents are left alone): observes its history for
 * new events and backfills what the table lacks. Runs in the registry's load hook, before anyone else can
 * write to the document, so no event is missed between the two.
 */
export function projectActivity(shared: SharedDoc, storage: Storage, log: Log): void {
  const parsed = parseDocName(shared.name);
  if (parsed?.kind !== 'space') return;
  const spaceId = parsed.id;
  const history = spaceMaps(shared.doc).history;
  let backfilling = true;
  const seenLive = new Set<string>();
  const trail = new CardTrail(shared.doc);

  /**
   * Names a batch and stores it. Batches run one after another (`recording`), so the trail steps through
   * events in order. Without a storage lookup this finishes in the transaction's microtasks, before any
   * other update is applied, so the names are exactly the document's at the event; a lookup may let later
   * updates in first, and the names read are then those of a few milliseconds on.
   */
  async function record(events: HistoryEvent[], actor: string | null): Promise<void> {
    for (const cardId of trail.unknownAmong(events)) {
      const state = await storage.activityCardState(spaceId, cardId);
      if (state) trail.seed(cardId, state);
    }
    const pending = new Set(events.map((event) => event.id));
    const rows = events.map((event) => {
      pending.delete(event.id);
      const names = eventNames(shared.doc, event, trail.step(event, pending));
      return toActivity(spaceId, event, actor, names);
    });
    await storage.insertActivity(rows);
  }
  let recording: Promise<void> = Promise.resolve();

  history.observe((change, transaction) => {
    try {
      const actor = writerOf(shared, transaction.origin);
      const events = addedEvents(change);
      if (events.length === 0) return;
      if (backfilling) for (const event of events) seenLive.add(event.id);
      recording = recording
        .then(() => record(events, actor))
        .catch((error: unknown) =>
          log(`activity of ${shared.name} not recorded; backfilled at next load`, error),
        );
    } catch (error) {
      log(`activity of ${shared.name} not recorded; backfilled at next load`, error);
    }
  });

  const knownLength = historyLength(shared.doc);
  backfillActivity(storage, spaceId, shared.doc, knownLength, seenLive)
    .catch((error: unknown) => log(`backfilling the activity of ${shared.name} failed`, error))
    .finally(() => {
      backfilling = false;
      seenLive.clear();
    });
}
