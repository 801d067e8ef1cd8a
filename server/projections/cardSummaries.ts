/**
 * The card summary projection: for every loaded space, each card's summary (what MySpace shows, see
 * `src/domain/read/cardSummary.ts`) is kept in the database and handed to the feeds, so a user's MySpace
 * stays live over one socket however many spaces its cards come from.
 *
 * Like the activity projection it never stands in the way of sync: a failed write is logged, and the next
 * load of the space compares every card with what is stored and writes the difference. Changes are
 * gathered for a moment and summarised together, so a burst of edits costs one pass over the to-dos and
 * comments rather than one per transaction.
 */
import type * as Y from 'yjs';
import { docName, isRecord, parseDocName, spaceMaps, type YRecord } from '../../src/domain/index.ts';
import { summarizeCards, withParents, type SpaceCardSummary } from '../../src/domain/read/cardSummary.ts';
import type { CardSummaryChange, Storage } from '../storage/types.ts';
import type { DocRegistry } from '../sync/registry.ts';
import type { SharedDoc } from '../sync/sharedDoc.ts';

/** How long changes are gathered before they are summarised, in ms. */
const GATHER_MS = 50;

type Log = (message: string, error?: unknown) => void;

/** Where summarised changes go (the feed hub). */
export type SummaryListener = (spaceId: string, changes: readonly CardSummaryChange[]) => void;

/** Card ids an event on a record collection touched; `cardOf` maps a record to its card (to-dos, comments). */
function touchedIds(
  events: ReadonlyArray<Y.YEvent<Y.AbstractType<unknown>>>,
  collection: Y.Map<YRecord>,
  cardOf: (recordId: string) => string | null,
  into: Set<string>,
): void {
  for (const event of events) {
    if (event.target === collection) {
      for (const key of (event as Y.YMapEvent<YRecord>).keysChanged) {
        const cardId = cardOf(key);
        if (cardId) into.add(cardId);
      }
    } else {
      const recordId = event.path[0];
      const cardId = typeof recordId === 'string' ? cardOf(recordId) : null;
      if (cardId) into.add(cardId);
    }
  }
}

/**
 * The projection of every loaded space, and a way to wait for spaces never loaded since their cards were
 * written (seeded, or from before the projection existed) to be summarised.
 */
export class CardSummaryProjection {
  /** The first comparison of each loaded space document. */
  private readonly compared = new WeakMap<SharedDoc, Promise<void>>();

  constructor(
    private readonly storage: Storage,
    private readonly registry: DocRegistry,
    private readonly onChange: SummaryListener,
    private readonly log: Log,
  ) {}

  /** The registry's load hook. */
  documentLoaded(shared: SharedDoc): void {
    const compared = projectCardSummaries(shared, this.storage, this.onChange, this.log);
    if (compared) this.compared.set(shared, compared);
  }

  /** Loads each of `spaceIds` that was never summarised and waits for its first comparison. */
  async ensureSummarised(spaceIds: readonly string[]): Promise<void> {
    for (const spaceId of await this.storage.unsummarisedSpaces(spaceIds)) {
      const shared = await this.registry.acquire(docName('space', spaceId));
      try {
        await this.compared.get(shared);
      } finally {
        this.registry.release(shared);
      }
    }
  }
}

/**
 * Starts projecting a just-loaded space document (other kinds are left alone) and returns its first
 * comparison with what is stored. Runs in the registry's load hook, so no change is missed between the
 * first comparison and the observers.
 */
export function projectCardSummaries(
  shared: SharedDoc,
  storage: Storage,
  onChange: SummaryListener,
  log: Log,
): Promise<void> | null {
  const parsed = parseDocName(shared.name);
  if (parsed?.kind !== 'space') return null;
  const spaceId = parsed.id;
  const maps = spaceMaps(shared.doc);
  /** What is stored for each card, as JSON; filled by the first comparison. */
  let known: Map<string, string> | null = null;
  const pending = new Set<string>();
  let everyCard = false;
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  const recordCard = (map: Y.Map<YRecord>) => (recordId: string) => {
    const record = map.get(recordId);
    const card = isRecord(record) ? record.get('card') : null;
    return typeof card === 'string' ? card : null;
  };
  const watch = (type: Y.Map<YRecord>, cardOf: (recordId: string) => string | null) =>
    type.observeDeep((events) => {
      touchedIds(events, type, cardOf, pending);
      schedule();
    });
  watch(maps.cards, (id) => id);
  watch(maps.todos, recordCard(maps.todos));
  watch(maps.comments, recordCard(maps.comments));
  // A renamed status or label shows on every card that has it, and a relation changes the progress of a
  // parent (old or new, which the event does not both name): summarise them all again. Relations change
  // rarely, a user's click at a time.
  for (const type of [maps.statuses, maps.labels, maps.relations]) {
    type.observeDeep(() => {
      everyCard = true;
      schedule();
    });
  }
  shared.doc.on('destroy', () => {
    if (timer) clearTimeout(timer);
  });

  function schedule(): void {
    if (timer || known === null) return;
    timer = setTimeout(() => {
      timer = null;
      writing = writing
        .then(flush)
        .catch((error: unknown) =>
          log(`card summaries of ${shared.name} not updated; compared again at next load`, error),
        );
    }, GATHER_MS);
    timer.unref();
  }

  /** Summarises what was touched, and stores and passes on what differs from what is known. */
  async function flush(): Promise<void> {
    if (known === null || shared.doc.isDestroyed) return;
    // A child's status counts in its parent's progress: a touched card's parent is summarised again too.
    const ids = everyCard
      ? new Set([...maps.cards.keys(), ...known.keys()])
      : withParents(shared.doc, pending);
    everyCard = false;
    pending.clear();
    const changes = diff(summarizeCards(shared.doc, spaceId, ids), known);
    await store(changes);
  }

  async function store(changes: CardSummaryChange[]): Promise<void> {
    if (changes.length === 0) return;
    try {
      await storage.storeCardSummaries(spaceId, changes);
    } catch (error) {
      log(`card summaries of ${shared.name} not stored; compared again at next load`, error);
      return;
    }
    onChange(spaceId, changes);
  }

  const compareAll = async () => {
    const stored = await storage.spaceCardSummaries(spaceId);
    if (shared.doc.isDestroyed) return;
    const summaries = summarizeCards(shared.doc, spaceId);
    for (const cardId of stored.keys()) if (!summaries.has(cardId)) summaries.set(cardId, null);
    known = stored;
    // Everything is being compared now; what was touched meanwhile is part of it.
    pending.clear();
    everyCard = false;
    await store(diff(summaries, known));
    await storage.markSummarised(spaceId);
  };
  // After the load's own work, so the first sync replies are not kept waiting by a large space.
  writing = new Promise<void>((resolve) => setImmediate(resolve))
    .then(compareAll)
    .catch((error: unknown) => log(`comparing the card summaries of ${shared.name} failed`, error));
  return writing;
}

/** The summaries that differ from `known` (JSON by card id), which is updated to them. */
function diff(
  summaries: ReadonlyMap<string, SpaceCardSummary | null>,
  known: Map<string, string>,
): CardSummaryChange[] {
  const changes: CardSummaryChange[] = [];
  for (const [cardId, summary] of summaries) {
    if (summary === null) {
      if (known.delete(cardId)) changes.push({ cardId, summary: null });
      continue;
    }
    const json = JSON.stringify(summary);
    if (known.get(cardId) === json) continue;
    known.set(cardId, json);
    changes.push({ cardId, summary });
  }
  return changes;
}
