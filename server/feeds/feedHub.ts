/**
 * Writes each user's `feed/<userId>` document: the summaries of the cards that concern them (mirrored in
 * their MySpace, or responsible / co-worker / mentioned by the card's own data), from every space they can
 * read. MySpace syncs this one document instead of a socket per space (DESIGN §3).
 *
 * A feed is derived data, so it is only written while someone has it open: when it loads, it is brought
 * up to date as a whole (`refresh`); while it is loaded, the card summary projection's changes, the user's
 * MySpace edits and access changes update it. The client never writes it (the connection is read-only).
 */
import {
  docName,
  feedKey,
  feedMaps,
  parseDocName,
  readMirror,
  userMaps,
  type FeedEntry,
  type FeedReason,
} from '../../src/domain/index.ts';
import type { SpaceCardSummary } from '../../src/domain/read/cardSummary.ts';
import { docAccess } from '../access.ts';
import type { CardSummaryProjection } from '../projections/cardSummaries.ts';
import type { CardSummaryChange, Storage } from '../storage/types.ts';
import { spaceListings } from '../projections/spaceListings.ts';
import type { DocRegistry } from '../sync/registry.ts';
import type { SharedDoc } from '../sync/sharedDoc.ts';

type Log = (message: string, error?: unknown) => void;

/** The origin of the hub's writes (a constant, like the domain's origins). */
const FEED_WRITER = Object.freeze({ name: 'feed-writer' });

/** How long the hub waits for more MySpace edits before refreshing a feed, in ms. */
const REFRESH_DELAY_MS = 30;

interface LoadedFeed {
  userId: string;
  shared: SharedDoc;
  /** Keys the user mirrors, as of the last refresh. */
  mirrored: Set<string>;
  timer: NodeJS.Timeout | null;
  /** Writes to this feed, one after another. */
  queue: Promise<void>;
}

/** What a key's entry is made of before it is written. */
interface Wanted {
  spaceId: string;
  cardId: string;
  reasons: FeedReason[];
}

export class FeedHub {
  private readonly feeds = new Map<string, LoadedFeed>();

  constructor(
    private readonly storage: Storage,
    private readonly registry: DocRegistry,
    private readonly summaries: Pick<CardSummaryProjection, 'ensureSummarised'>,
    private readonly log: Log,
  ) {}

  /**
   * The registry's load hook: a feed starts being kept up to date; a user document has its mirrors watched
   * so that adding or removing one refreshes the feed. Other documents are left alone.
   */
  documentLoaded(shared: SharedDoc): void {
    const parsed = parseDocName(shared.name);
    if (parsed?.kind === 'user') {
      userMaps(shared.doc).mirrors.observe(() => this.scheduleRefresh(parsed.id));
      return;
    }
    if (parsed?.kind !== 'feed') return;
    const { meta } = feedMaps(shared.doc);
    if (meta.get('id') === undefined) {
      shared.doc.transact(() => {
        meta.set('schemaVersion', 1);
        meta.set('id', parsed.id);
      }, FEED_WRITER);
    }
    const feed: LoadedFeed = {
      userId: parsed.id,
      shared,
      mirrored: new Set(),
      timer: null,
      queue: Promise.resolve(),
    };
    this.feeds.set(parsed.id, feed);
    shared.doc.on('destroy', () => {
      if (feed.timer) clearTimeout(feed.timer);
      if (this.feeds.get(parsed.id) === feed) this.feeds.delete(parsed.id);
    });
    this.scheduleRefresh(parsed.id);
  }

  /** What a user may read changed (membership, role, workspace type): their feed is refreshed. */
  accessChanged(userId: string): void {
    this.scheduleRefresh(userId);
  }

  /** The summary projection's changes of one space: every loaded feed they concern is updated. */
  cardsChanged(spaceId: string, changes: readonly CardSummaryChange[]): void {
    for (const feed of this.feeds.values()) {
      const { cards } = feedMaps(feed.shared.doc);
      const wanted: Wanted[] = [];
      for (const { cardId, summary } of changes) {
        const key = feedKey(spaceId, cardId);
        const reasons = reasonsOf(feed.userId, summary, feed.mirrored.has(key));
        if (reasons.length > 0 || cards.has(key)) wanted.push({ spaceId, cardId, reasons });
      }
      if (wanted.length > 0) this.enqueue(feed, () => this.write(feed, wanted, false));
    }
  }

  /** Resolves once every write queued so far has been made (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.feeds.values()].map((feed) => feed.queue));
  }

  private scheduleRefresh(userId: string): void {
    const feed = this.feeds.get(userId);
    if (!feed || feed.timer) return;
    feed.timer = setTimeout(() => {
      feed.timer = null;
      this.enqueue(feed, () => this.refresh(feed));
    }, REFRESH_DELAY_MS);
    feed.timer.unref();
  }

  private enqueue(feed: LoadedFeed, task: () => Promise<void>): void {
    feed.queue = feed.queue
      .then(task)
      .catch((error: unknown) => this.log(`feed of user ${feed.userId} not updated`, error));
  }

  /** Rebuilds the whole feed: every card the user mirrors or is concerned by, nothing else. */
  private async refresh(feed: LoadedFeed): Promise<void> {
    const mirrors = await this.registry.withDoc(docName('user', feed.userId), (doc) => {
      const list: Array<{ spaceId: string; cardId: string }> = [];
      userMaps(doc).mirrors.forEach((record, id) => list.push(readMirror(record, id)));
      return list;
    });
    feed.mirrored = new Set(mirrors.map((mirror) => feedKey(mirror.spaceId, mirror.cardId)));
    const wanted = new Map<string, Wanted>();
    const want = (spaceId: string, cardId: string, reason: FeedReason) => {
      const key = feedKey(spaceId, cardId);
      let entry = wanted.get(key);
      if (!entry) wanted.set(key, (entry = { spaceId, cardId, reasons: [] }));
      if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    };
    for (const mirror of mirrors) want(mirror.spaceId, mirror.cardId, 'mirrored');
    for (const concern of await this.storage.cardsConcerning(feed.userId)) {
      want(concern.spaceId, concern.cardId, concern.reason);
    }
    await this.write(feed, [...wanted.values()], true);
  }

  /**
   * Writes the entries of `wanted` (an empty reason list removes the entry) in one transaction; `whole`
   * also removes every entry not among them.
   */
  private async write(feed: LoadedFeed, wanted: readonly Wanted[], whole: boolean): Promise<void> {
    const user = await this.storage.findUserById(feed.userId);
    const readable = new Map<string, boolean>();
    for (const spaceId of new Set(wanted.map((item) => item.spaceId))) {
      const access = user ? await docAccess(this.storage, user, docName('space', spaceId)) : null;
      readable.set(spaceId, access?.ok === true);
    }
    const readableIds = [...readable].filter(([, ok]) => ok).map(([spaceId]) => spaceId);
    await this.summaries.ensureSummarised(readableIds);
    const summaries = new Map(
      (
        await this.storage.cardSummaries(
          wanted.filter((item) => item.reasons.length > 0 && readable.get(item.spaceId)),
        )
      ).map((summary) => [feedKey(summary.spaceId, summary.cardId), summary]),
    );
    const listings = await spaceListings(this.storage, this.registry, readableIds);

    const entries = new Map<string, FeedEntry | null>();
    for (const item of wanted) {
      const key = feedKey(item.spaceId, item.cardId);
      const mirrored = item.reasons.includes('mirrored');
      const summary = summaries.get(key);
      // Only a mirror keeps a place for a card it cannot show; the other reasons come from the card itself.
      if (!readable.get(item.spaceId)) {
        entries.set(key, mirrored ? { state: 'unreadable', ...ids(item) } : null);
      } else if (!summary) {
        entries.set(key, mirrored ? { state: 'gone', ...ids(item) } : null);
      } else {
        const reasons = reasonsOf(feed.userId, summary, mirrored);
        entries.set(
          key,
          reasons.length === 0
            ? null
            : {
                state: 'live',
                reasons,
                summary: { ...summary, spaceName: listings.get(item.spaceId)?.name ?? '' },
              },
        );
      }
    }
    const shared = this.feeds.get(feed.userId) === feed ? feed.shared : null;
    if (!shared || shared.doc.isDestroyed) return;
    const { cards } = feedMaps(shared.doc);
    shared.doc.transact(() => {
      if (whole) for (const key of [...cards.keys()]) if (!entries.has(key)) cards.delete(key);
      for (const [key, entry] of entries) {
        if (entry === null) {
          if (cards.has(key)) cards.delete(key);
        } else if (JSON.stringify(cards.get(key)) !== JSON.stringify(entry)) {
          cards.set(key, entry);
        }
      }
    }, FEED_WRITER);
    await shared.flushed();
  }
}

function ids(item: Wanted): { spaceId: string; cardId: string; reasons: FeedReason[] } {
  return { spaceId: item.spaceId, cardId: item.cardId, reasons: item.reasons };
}

/** Why a card concerns `userId`, by its summary and whether the user mirrors it. */
function reasonsOf(
  userId: string,
  summary: SpaceCardSummary | null | undefined,
  mirrored: boolean,
): FeedReason[] {
  const reasons: FeedReason[] = mirrored ? ['mirrored'] : [];
  if (!summary) return reasons;
  if (summary.responsible === userId) reasons.push('responsible');
  if (summary.coworkers.includes(userId)) reasons.push('coworker');
  if (summary.mentioned.includes(userId)) reasons.push('mentioned');
  return reasons;
}
