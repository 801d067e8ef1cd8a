/**
 * MySpace's views, as pure functions of the user's mirrors and the feed's card summaries: the inbox of
 * cards that concern the user, the Eisenhower matrix, and groupings by space and by status role. The UI
 * and the tests share them, so what a view shows is decided here and nowhere else.
 */
import type { CardSummary, FeedEntry, FeedReason } from '../records/feedEntry.ts';
import { feedKey } from '../records/feedEntry.ts';
import type { Mirror } from '../records/mirror.ts';
import { STATUS_ROLES, type StatusRole } from '../records/status.ts';
import { sortKeyed } from '../ordering.ts';
import { dueTone } from './dueTone.ts';

/** A mirror with what the feed knows of its card (null: not in the feed yet, e.g. never synced). */
export interface MirrorItem {
  mirror: Mirror;
  entry: FeedEntry | null;
}

/** Whether a card's work is over (its status role is completed or cancelled). */
export function isFinished(summary: Pick<CardSummary, 'statusRole'>): boolean {
  return summary.statusRole === 'completed' || summary.statusRole === 'cancelled';
}

/**
 * Urgent, as the user sees it: their override when set, otherwise the due date's — overdue or due within a
 * week, the same line at which a card front turns orange. A finished card or one without a due date is not
 * urgent by date.
 * @param now - epoch ms
 */
export function isUrgent(mirror: Pick<Mirror, 'urgent'>, summary: CardSummary | null, now: number): boolean {
  if (mirror.urgent !== null) return mirror.urgent;
  if (!summary || summary.due === null) return false;
  const tone = dueTone(summary.due, now, isFinished(summary));
  return tone === 'missed' || tone === 'soon';
}

/** The four quadrants of the Eisenhower matrix, in reading order. */
export const QUADRANTS = ['do', 'schedule', 'delegate', 'later'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** What each quadrant is called on screen. */
export const QUADRANT_NAMES: Record<Quadrant, string> = {
  do: 'Urgent and important',
  schedule: 'Important, not urgent',
  delegate: 'Urgent, not important',
  later: 'Neither urgent nor important',
};

/**
 * The quadrant of a mirror: importance is the user's call, urgency the due date's unless overridden.
 * @param now - epoch ms
 */
export function quadrantOf(mirror: Mirror, summary: CardSummary | null, now: number): Quadrant {
  const urgent = isUrgent(mirror, summary, now);
  if (mirror.important) return urgent ? 'do' : 'schedule';
  return urgent ? 'delegate' : 'later';
}

/** The live summary of an entry, or null (gone, unreadable, not yet in the feed). */
export function liveSummary(entry: FeedEntry | null): CardSummary | null {
  return entry?.state === 'live' ? entry.summary : null;
}

/** Pairs each mirror with its feed entry, in section order. */
export function mirrorItems(
  mirrors: Iterable<Mirror>,
  entries: Readonly<Record<string, FeedEntry>>,
): MirrorItem[] {
  return sortKeyed([...mirrors]).map((mirror) => ({
    mirror,
    entry: entries[feedKey(mirror.spaceId, mirror.cardId)] ?? null,
  }));
}

/** Mirrors grouped by section id, each group in its order. */
export function bySection(items: readonly MirrorItem[]): Map<string, MirrorItem[]> {
  return groupBy(items, (item) => item.mirror.sectionId);
}

/** Mirrors grouped by quadrant (every quadrant present, maybe empty). */
export function byQuadrant(items: readonly MirrorItem[], now: number): Map<Quadrant, MirrorItem[]> {
  const groups = new Map<Quadrant, MirrorItem[]>(QUADRANTS.map((quadrant) => [quadrant, []]));
  for (const item of items) groups.get(quadrantOf(item.mirror, liveSummary(item.entry), now))!.push(item);
  return groups;
}

/** A group of a grouped view: its key, its heading, and its items. */
export interface ItemGroup {
  key: string;
  name: string;
  items: MirrorItem[];
}

/**
 * Mirrors grouped by their card's space, spaces by name; a mirror whose card the feed cannot show goes in a
 * last group "Unavailable".
 */
export function bySpace(items: readonly MirrorItem[]): ItemGroup[] {
  const groups = new Map<string, ItemGroup>();
  const unavailable: MirrorItem[] = [];
  for (const item of items) {
    const summary = liveSummary(item.entry);
    if (!summary) {
      unavailable.push(item);
      continue;
    }
    let group = groups.get(summary.spaceId);
    if (!group)
      groups.set(summary.spaceId, (group = { key: summary.spaceId, name: summary.spaceName, items: [] }));
    group.items.push(item);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key),
  );
  if (unavailable.length > 0) sorted.push({ key: 'unavailable', name: 'Unavailable', items: unavailable });
  return sorted;
}

/** What each status role is called as a MySpace group. */
export const ROLE_NAMES: Record<StatusRole, string> = {
  information: 'Information',
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** Mirrors grouped by their card's status role in workflow order (empty roles left out), then "Unavailable". */
export function byRole(items: readonly MirrorItem[]): ItemGroup[] {
  const groups = groupBy(items, (item) => liveSummary(item.entry)?.statusRole ?? 'unavailable');
  const result: ItemGroup[] = [];
  for (const role of STATUS_ROLES) {
    const list = groups.get(role);
    if (list) result.push({ key: role, name: ROLE_NAMES[role], items: list });
  }
  const unavailable = groups.get('unavailable');
  if (unavailable) result.push({ key: 'unavailable', name: 'Unavailable', items: unavailable });
  return result;
}

/** Reasons that bring a card to the inbox on their own (a mirror alone does not). */
const INBOX_REASONS: ReadonlySet<FeedReason> = new Set(['responsible', 'coworker', 'mentioned']);

/**
 * The inbox: live, unfinished, unarchived cards assigned to the user or mentioning them that are neither
 * mirrored nor triaged yet; soonest due first, undated last, then by title.
 */
export function inboxSummaries(
  entries: Readonly<Record<string, FeedEntry>>,
  mirrors: Iterable<Mirror>,
  triaged: Readonly<Record<string, number>>,
): CardSummary[] {
  const mirrored = new Set<string>();
  for (const mirror of mirrors) mirrored.add(feedKey(mirror.spaceId, mirror.cardId));
  const inbox: CardSummary[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    if (entry.state !== 'live' || mirrored.has(key) || key in triaged) continue;
    if (!entry.reasons.some((reason) => INBOX_REASONS.has(reason))) continue;
    const { summary } = entry;
    if (summary.archived || isFinished(summary)) continue;
    inbox.push(summary);
  }
  return inbox.sort(
    (a, b) =>
      (a.due ?? Infinity) - (b.due ?? Infinity) ||
      a.title.localeCompare(b.title) ||
      feedKey(a.spaceId, a.cardId).localeCompare(feedKey(b.spaceId, b.cardId)),
  );
}

/** Why a mirror cannot show its card, in words, or null when it can. */
export function unavailableReason(entry: FeedEntry | null): string | null {
  if (entry === null) return 'Not loaded yet — it appears once MySpace has synced.';
  if (entry.state === 'gone') return 'This card was deleted.';
  if (entry.state === 'unreadable') return 'You can no longer open the space of this card.';
  return null;
}

function groupBy<K, T>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
