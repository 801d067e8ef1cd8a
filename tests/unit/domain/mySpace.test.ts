import { describe, expect, it } from 'vitest';
import {
  byQuadrant,
  byRole,
  bySection,
  bySpace,
  inboxSummaries,
  isUrgent,
  mirrorItems,
  quadrantOf,
  unavailableReason,
  type MirrorItem,
} from '../../../src/domain/read/mySpace.ts';
import { feedKey, type CardSummary, type FeedEntry } from '../../../src/domain/records/feedEntry.ts';
import type { Mirror } from '../../../src/domain/records/mirror.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 20, 12);

function summary(cardId: string, over: Partial<CardSummary> = {}): CardSummary {
  return {
    spaceId: 'rma',
    cardId,
    spaceName: 'Repairs',
    title: `Card ${cardId}`,
    statusId: 'st1',
    statusName: 'Diagnosis',
    statusRole: 'in_progress',
    start: null,
    due: null,
    labels: [],
    todos: { done: 0, total: 0 },
    comments: 0,
    progress: null,
    responsible: null,
    coworkers: [],
    mentioned: [],
    createdBy: 'u9',
    blocked: false,
    archived: false,
    ...over,
  };
}

function live(card: CardSummary, reasons: FeedEntry['reasons'] = ['mirrored']): FeedEntry {
  return { state: 'live', reasons, summary: card };
}

function mirror(id: string, cardId: string, over: Partial<Mirror> = {}): Mirror {
  return {
    id,
    spaceId: 'rma',
    cardId,
    sectionId: 'sec1',
    key: 'a0',
    addedAt: 0,
    important: false,
    urgent: null,
    ...over,
  };
}

function entries(...list: FeedEntry[]): Record<string, FeedEntry> {
  return Object.fromEntries(
    list.map((entry) => {
      const { spaceId, cardId } = entry.state === 'live' ? entry.summary : entry;
      return [feedKey(spaceId, cardId), entry];
    }),
  );
}

describe('MySpace urgency', () => {
  it('follows the due date: overdue or due within a week is urgent, later or undated is not', () => {
    const plain = mirror('m', 'c');
    expect(isUrgent(plain, summary('c', { due: NOW - DAY }), NOW)).toBe(true);
    expect(isUrgent(plain, summary('c', { due: NOW + DAY }), NOW)).toBe(true);
    expect(isUrgent(plain, summary('c', { due: NOW + 6 * DAY }), NOW)).toBe(true);
    expect(isUrgent(plain, summary('c', { due: NOW + 7 * DAY }), NOW)).toBe(false);
    expect(isUrgent(plain, summary('c', { due: NOW + 30 * DAY }), NOW)).toBe(false);
    expect(isUrgent(plain, summary('c'), NOW)).toBe(false);
    expect(isUrgent(plain, null, NOW)).toBe(false);
  });

  it('does not count a finished card as urgent, however late', () => {
    const late = { due: NOW - 3 * DAY };
    expect(isUrgent(mirror('m', 'c'), summary('c', { ...late, statusRole: 'completed' }), NOW)).toBe(false);
    expect(isUrgent(mirror('m', 'c'), summary('c', { ...late, statusRole: 'cancelled' }), NOW)).toBe(false);
  });

  it('lets the user override the date either way', () => {
    const overdue = summary('c', { due: NOW - DAY });
    const far = summary('c', { due: NOW + 60 * DAY });
    expect(isUrgent(mirror('m', 'c', { urgent: false }), overdue, NOW)).toBe(false);
    expect(isUrgent(mirror('m', 'c', { urgent: true }), far, NOW)).toBe(true);
    expect(isUrgent(mirror('m', 'c', { urgent: true }), null, NOW)).toBe(true);
  });
});

describe('the Eisenhower matrix', () => {
  it('places a mirror by importance and urgency', () => {
    const tomorrow = summary('c', { due: NOW + DAY });
    const nextMonth = summary('c', { due: NOW + 30 * DAY });
    expect(quadrantOf(mirror('m', 'c', { important: true }), tomorrow, NOW)).toBe('do');
    expect(quadrantOf(mirror('m', 'c', { important: true }), nextMonth, NOW)).toBe('schedule');
    expect(quadrantOf(mirror('m', 'c'), tomorrow, NOW)).toBe('delegate');
    expect(quadrantOf(mirror('m', 'c'), nextMonth, NOW)).toBe('later');
  });

  it('moves a mirror between quadrants when the urgency is overridden', () => {
    const tomorrow = summary('c', { due: NOW + DAY });
    expect(quadrantOf(mirror('m', 'c', { important: true, urgent: false }), tomorrow, NOW)).toBe('schedule');
    expect(quadrantOf(mirror('m', 'c', { urgent: true }), summary('c'), NOW)).toBe('delegate');
  });

  it('groups every mirror into exactly one of four quadrants, all present, in section order', () => {
    const mirrors = [
      mirror('m1', 'c1', { important: true, key: 'a2' }),
      mirror('m2', 'c2', { key: 'a1' }),
      mirror('m3', 'gone', { important: true, key: 'a3' }),
      mirror('m4', 'c4', { important: true, key: 'a0' }),
    ];
    const feed = entries(
      live(summary('c1', { due: NOW + DAY })),
      live(summary('c2', { due: NOW + 40 * DAY })),
      { state: 'gone', reasons: ['mirrored'], spaceId: 'rma', cardId: 'gone' },
      live(summary('c4', { due: NOW - DAY })),
    );
    const groups = byQuadrant(mirrorItems(mirrors, feed), NOW);
    const ids = (quadrant: string) => groups.get(quadrant as never)!.map((item) => item.mirror.id);
    expect([...groups.keys()]).toEqual(['do', 'schedule', 'delegate', 'later']);
    expect(ids('do')).toEqual(['m4', 'm1']);
    // A card the feed cannot show has no due date: important, not urgent.
    expect(ids('schedule')).toEqual(['m3']);
    expect(ids('delegate')).toEqual([]);
    expect(ids('later')).toEqual(['m2']);
  });
});

describe('grouping mirrors', () => {
  const feed = entries(
    live(summary('c1', { spaceId: 'rma', spaceName: 'Repairs', statusRole: 'not_started' })),
    live(summary('c2', { spaceId: 'wty', spaceName: 'Claims', statusRole: 'completed' })),
    live(summary('c3', { spaceId: 'rma', spaceName: 'Repairs', statusRole: 'not_started' })),
    { state: 'unreadable', reasons: ['mirrored'], spaceId: 'sec', cardId: 'c4' },
  );
  const items: MirrorItem[] = mirrorItems(
    [
      mirror('m3', 'c3', { key: 'a3', sectionId: 's2' }),
      mirror('m1', 'c1', { key: 'a1' }),
      mirror('m2', 'c2', { key: 'a2', spaceId: 'wty', sectionId: 's2' }),
      mirror('m4', 'c4', { key: 'a4', spaceId: 'sec' }),
      mirror('m5', 'never', { key: 'a5' }),
    ],
    feed,
  );
  const shape = (groups: { key: string; name: string; items: MirrorItem[] }[]) =>
    groups.map((group) => [group.name, group.items.map((item) => item.mirror.id)]);

  it('pairs each mirror with its feed entry in order, null when the feed lacks it', () => {
    expect(items.map((item) => item.mirror.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(items[0]!.entry?.state).toBe('live');
    expect(items[4]!.entry).toBeNull();
  });

  it('by section keeps each section in its order', () => {
    const groups = bySection(items);
    expect(groups.get('sec1')!.map((item) => item.mirror.id)).toEqual(['m1', 'm4', 'm5']);
    expect(groups.get('s2')!.map((item) => item.mirror.id)).toEqual(['m2', 'm3']);
  });

  it('by space sorts spaces by name and puts cards it cannot show last', () => {
    expect(shape(bySpace(items))).toEqual([
      ['Claims', ['m2']],
      ['Repairs', ['m1', 'm3']],
      ['Unavailable', ['m4', 'm5']],
    ]);
  });

  it('by status role follows the workflow and leaves out empty roles', () => {
    expect(shape(byRole(items))).toEqual([
      ['Not started', ['m1', 'm3']],
      ['Completed', ['m2']],
      ['Unavailable', ['m4', 'm5']],
    ]);
  });
});

describe('the inbox', () => {
  it('holds cards assigned to or mentioning the user, soonest due first, undated last', () => {
    const feed = entries(
      live(summary('undated', { title: 'A undated' }), ['responsible']),
      live(summary('later', { due: NOW + 9 * DAY }), ['coworker']),
      live(summary('soon', { due: NOW + DAY }), ['mentioned']),
    );
    expect(inboxSummaries(feed, [], {}).map((card) => card.cardId)).toEqual(['soon', 'later', 'undated']);
  });

  it('leaves out what is only mirrored, mirrored, triaged, finished, archived or not live', () => {
    const feed = entries(
      live(summary('keep'), ['responsible']),
      live(summary('onlyMirrored'), ['mirrored']),
      live(summary('mirrored'), ['responsible', 'mirrored']),
      live(summary('triaged'), ['mentioned']),
      live(summary('done', { statusRole: 'completed' }), ['responsible']),
      live(summary('archived', { archived: true }), ['coworker']),
      { state: 'gone', reasons: ['responsible'], spaceId: 'rma', cardId: 'gone' },
      { state: 'unreadable', reasons: ['responsible'], spaceId: 'rma', cardId: 'locked' },
    );
    const inbox = inboxSummaries(feed, [mirror('m', 'mirrored')], { [feedKey('rma', 'triaged')]: NOW });
    expect(inbox.map((card) => card.cardId)).toEqual(['keep']);
  });

  it('breaks ties of due date by title', () => {
    const feed = entries(
      live(summary('b', { title: 'Boiler', due: NOW }), ['responsible']),
      live(summary('a', { title: 'Alarm', due: NOW }), ['responsible']),
    );
    expect(inboxSummaries(feed, [], {}).map((card) => card.title)).toEqual(['Alarm', 'Boiler']);
  });
});

describe('unavailable mirrors', () => {
  it('say why in words, and nothing for a live card', () => {
    expect(unavailableReason(null)).toMatch(/not loaded yet/i);
    expect(unavailableReason({ state: 'gone', reasons: [], spaceId: 's', cardId: 'c' })).toMatch(/deleted/);
    expect(unavailableReason({ state: 'unreadable', reasons: [], spaceId: 's', cardId: 'c' })).toMatch(
      /no longer open/,
    );
    expect(unavailableReason(live(summary('c')))).toBeNull();
  });
});
