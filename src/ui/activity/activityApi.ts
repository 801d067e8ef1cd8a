// The client of `GET /api/activity`: the streams across the reader's spaces, of a space or of a person, a
// page at a time, and what arrived since.
import { request } from '../api';
import type { HistoryEvent, HistoryEventType } from '../../domain/index.ts';

/** The names the server stored with an event, as things were when it happened (all optional). */
export interface EntryNames {
  card?: string;
  previousTitle?: string;
  fromStatusId?: string;
  statuses?: Record<string, string>;
  label?: string;
  field?: { name: string; type: 'date' | 'text' | 'number' };
  todo?: string;
  /** The title of the other card of a relation. */
  related?: string;
}

/** One event of the stream: the history event's own fields, where it happened, and who did it. */
export type ActivityEntry = HistoryEvent & {
  seq: number;
  spaceId: string;
  cardId: string;
  /** The authenticated author (the event's `by` is what the client wrote). */
  actor: string;
  actorName: string | null;
  names: EntryNames;
};

export interface ActivityPage {
  events: ActivityEntry[];
  /** The cursor of the next page, or null at the end. */
  next: number | null;
}

export type DetailLevel = 'everything' | 'relevant' | 'comments';

/** The stream's filters; an empty string or null means "any". Dates are epoch ms, `to` exclusive. */
export interface ActivityFilters {
  person: string;
  type: HistoryEventType | '';
  space: string;
  from: number | null;
  to: number | null;
  detail: DetailLevel;
}

/** Events per page. */
export const PAGE_SIZE = 50;

/**
 * The request path of a page: only the filters set, in a fixed order. `before` pages down from a cursor;
 * `after` asks only for what arrived since the newest entry the reader has (the live refresh).
 */
export function activityPath(
  filters: ActivityFilters,
  before: number | null,
  after: number | null = null,
): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (before !== null) params.set('before', String(before));
  if (after !== null) params.set('after', String(after));
  if (filters.person) params.set('person', filters.person);
  if (filters.type) params.set('type', filters.type);
  if (filters.space) params.set('space', filters.space);
  if (filters.from !== null) params.set('from', String(filters.from));
  if (filters.to !== null) params.set('to', String(filters.to));
  if (filters.detail !== 'everything') params.set('detail', filters.detail);
  return `/api/activity?${params.toString()}`;
}

export function fetchActivity(
  filters: ActivityFilters,
  before: number | null,
  after: number | null = null,
): Promise<ActivityPage> {
  return request<ActivityPage>('GET', activityPath(filters, before, after));
}
