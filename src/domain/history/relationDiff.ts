/**
 * The live state of some relations, and the `related` events that describe the difference between two
 * such states. Undo and redo use it to append compensating events, as `cardDiff.ts` does for cards.
 */
import type * as Y from 'yjs';
import { relatedEvents } from '../operations/relations.ts';
import type { NewHistoryEvent } from '../records/historyEvent.ts';
import { readRelation, type Relation } from '../records/relation.ts';
import { isRecord, spaceMaps } from '../schema.ts';

/** Relation id → the live relation, or null when it is removed or absent. */
export type TrackedRelations = Map<string, Relation | null>;

/** The state of the relations `ids`. */
export function trackRelations(doc: Y.Doc, ids: Iterable<string>): TrackedRelations {
  const relations = spaceMaps(doc).relations;
  const tracked: TrackedRelations = new Map();
  for (const id of ids) {
    const record = relations.get(id);
    const relation = isRecord(record) ? readRelation(record, id) : null;
    tracked.set(id, relation && !relation.removed ? relation : null);
  }
  return tracked;
}

/** The events that take `before` to `after`: an unlinking, a linking, or both when a parent changed. */
export function diffRelations(before: TrackedRelations, after: TrackedRelations): NewHistoryEvent[] {
  const events: NewHistoryEvent[] = [];
  for (const [id, was] of before) {
    const now = after.get(id) ?? null;
    if (was && now && was.from === now.from && was.to === now.to && was.kind === now.kind) continue;
    if (was) events.push(...relatedEvents(was.kind, was.from, was.to, false));
    if (now) events.push(...relatedEvents(now.kind, now.from, now.to, true));
  }
  return events;
}
