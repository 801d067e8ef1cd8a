/**
 * The rules a live relation keeps, checked by `addRelation` and by undo before it brings a relation back:
 * both cards exist and are not archived, a card is not related to itself, two cards share at most one
 * relation, a card has at most one parent, and neither parents nor next cards go round in a circle.
 *
 * Concurrent edits can still break the last two (two people relating the same cards in opposite
 * directions at once); readers therefore never assume a relation graph is acyclic, and every walk here
 * stops at a card it has already met.
 */
import type * as Y from 'yjs';
import { DomainError } from '../errors.ts';
import { readRelation, relationId, type Relation, type RelationKind } from '../records/relation.ts';
import { eachRecord, spaceMaps } from '../schema.ts';
import { requireEditableCard } from './cardRules.ts';

/** The live relations of the space, leaving out `excludeId`. */
export function liveRelations(doc: Y.Doc, excludeId?: string): Relation[] {
  const live: Relation[] = [];
  eachRecord(spaceMaps(doc).relations, (record, id) => {
    if (id === excludeId) return;
    const relation = readRelation(record, id);
    if (!relation.removed) live.push(relation);
  });
  return live;
}

/** Whether `target` can be reached from `start` along `edges` (`from` → its `to`s). */
function reaches(edges: ReadonlyMap<string, readonly string[]>, start: string, target: string): boolean {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let card = queue.pop(); card !== undefined; card = queue.pop()) {
    if (card === target) return true;
    for (const next of edges.get(card) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}

/**
 * Throws the `DomainError` that making the relation of `kind` from `from` to `to` live would break. The
 * relation's own record is left out of the comparison, so undo can check a relation it revives.
 */
export function checkRelation(doc: Y.Doc, kind: RelationKind, from: string, to: string): void {
  if (from === to) throw new DomainError('self_relation', 'A card cannot be related to itself.', { from });
  requireEditableCard(doc, from);
  requireEditableCard(doc, to);
  const id = relationId(kind, from, to);
  const others = liveRelations(doc, id);
  const between = others.find(
    (relation) =>
      (relation.from === from && relation.to === to) || (relation.from === to && relation.to === from),
  );
  if (between) {
    throw new DomainError('duplicate_relation', 'These cards are already related.', { id: between.id });
  }
  if (kind === 'parent') {
    const current = spaceMaps(doc).relations.get(id);
    const existing = current ? readRelation(current, id) : null;
    if (existing && !existing.removed && existing.from === from) {
      throw new DomainError('duplicate_relation', 'These cards are already related.', { id });
    }
    if (existing && !existing.removed) {
      throw new DomainError('two_parents', 'The card already has a parent; remove that relation first.', {
        id,
        parent: existing.from,
      });
    }
  }
  const edges = new Map<string, string[]>();
  for (const relation of others) {
    if (relation.kind !== kind) continue;
    const list = edges.get(relation.from);
    if (list) list.push(relation.to);
    else edges.set(relation.from, [relation.to]);
  }
  // The new edge closes a circle when its start can already be reached from its end.
  if (reaches(edges, to, from)) {
    throw new DomainError(
      'relation_cycle',
      kind === 'parent'
        ? 'That would make a card its own ancestor.'
        : 'That would make a card come after itself.',
      { kind, from, to },
    );
  }
}
