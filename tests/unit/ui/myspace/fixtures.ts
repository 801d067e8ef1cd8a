// Test data shared by MySpace's component tests.
import type { CardSummary, Mirror, Section } from '../../../../src/domain/index.ts';
import { createUserStore, type UserStore } from '../../../../src/state/index.ts';

/** A mirror of a card in a section at `key`, neither important nor urgent. */
export function mirror(id: string, spaceId: string, cardId: string, sectionId: string, key: string): Mirror {
  return { id, spaceId, cardId, sectionId, key, addedAt: 0, important: false, urgent: null };
}

/** A card as the feed summarizes it: in Diagnosis, nothing set, titled "Card <id>" unless `over` says. */
export function summary(spaceId: string, cardId: string, over: Partial<CardSummary> = {}): CardSummary {
  return {
    spaceId,
    cardId,
    spaceName: spaceId === 'rma' ? 'Repairs' : 'Claims',
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

/** User u1's document with `sections` and `mirrors`, and nothing else yet. */
export function userStore(sections: Record<string, Section>, mirrors: Record<string, Mirror>): UserStore {
  return createUserStore({
    meta: { schemaVersion: 1, id: 'u1' },
    sections,
    mirrors,
    prefs: {},
    views: {},
    triaged: {},
    reminders: {},
  });
}
