/**
 * Relating cards: parent–child and previous–next (see `records/relation.ts` for how relations are keyed
 * and `relationRules.ts` for the rules a live relation keeps).
 *
 * Each change appends one `related` event to each of the two cards, saying what the other card is to it,
 * so both cards' histories, their followers and every stream that reads a card's events see it.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { appendHistory } from '../history/log.ts';
import { LOCAL } from '../origin.ts';
import { idSchema } from '../records/common.ts';
import type { NewHistoryEvent } from '../records/historyEvent.ts';
import {
  RELATION_KINDS,
  readRelation,
  relationId,
  relationIdSchema,
  type RelationKind,
} from '../records/relation.ts';
import { isRecord, newRecord, spaceMaps } from '../schema.ts';
import { parseInput } from './input.ts';
import { checkRelation } from './relationRules.ts';

const addInput = z.object({ kind: z.enum(RELATION_KINDS), from: idSchema, to: idSchema });
const removeInput = z.object({ relationId: relationIdSchema });

/** The `related` events of one relation made (`added`) or undone, one per card. */
export function relatedEvents(
  kind: RelationKind,
  from: string,
  to: string,
  added: boolean,
): NewHistoryEvent[] {
  return kind === 'parent'
    ? [
        { card: from, type: 'related', other: to, role: 'child', added },
        { card: to, type: 'related', other: from, role: 'parent', added },
      ]
    : [
        { card: from, type: 'related', other: to, role: 'next', added },
        { card: to, type: 'related', other: from, role: 'previous', added },
      ];
}

/**
 * Relates two cards and returns the relation's id: `parent` makes `from` the parent of `to`, `next` makes
 * `to` the card that follows `from`. Refused with `unknown_card`, `card_archived`, `self_relation`,
 * `duplicate_relation` (the cards are related already, either way round), `two_parents` (`to` has a
 * parent) or `relation_cycle` (a card would end up its own ancestor, or after itself).
 */
export function addRelation(
  doc: Y.Doc,
  input: { kind: RelationKind; from: string; to: string },
  ctx: OpContext,
): string {
  const { kind, from, to } = parseInput(addInput, input);
  const { actor, at } = resolveContext(ctx);
  checkRelation(doc, kind, from, to);
  const id = relationId(kind, from, to);
  const relations = spaceMaps(doc).relations;
  const existing = relations.get(id);
  doc.transact(() => {
    if (isRecord(existing)) {
      // A removed relation of the same id comes back as the same record (undo and peers know it); a
      // parent slot may come back with another parent.
      for (const [field, value] of [
        ['kind', kind],
        ['from', from],
        ['to', to],
      ] as const) {
        if (existing.get(field) !== value) existing.set(field, value);
      }
      existing.set('createdAt', at);
      existing.set('createdBy', actor);
      existing.delete('removed');
    } else {
      relations.set(id, newRecord({ kind, from, to, createdAt: at, createdBy: actor }));
    }
    appendHistory(doc, relatedEvents(kind, from, to, true), at, actor);
  }, LOCAL);
  return id;
}

/**
 * Removes a relation (its record stays, marked removed, so undo can restore it). Works on archived cards
 * too, so a relation to a card that was archived since can still be taken away; an id that names no live
 * relation → `unknown_relation`.
 */
export function removeRelation(doc: Y.Doc, input: { relationId: string }, ctx: OpContext): void {
  const { relationId: id } = parseInput(removeInput, input);
  const { actor, at } = resolveContext(ctx);
  const record = spaceMaps(doc).relations.get(id);
  const relation = isRecord(record) ? readRelation(record, id) : null;
  if (!record || !relation || relation.removed) {
    throw new DomainError('unknown_relation', 'These cards are not related (any more).', { id });
  }
  doc.transact(() => {
    record.set('removed', true);
    appendHistory(doc, relatedEvents(relation.kind, relation.from, relation.to, false), at, actor);
  }, LOCAL);
}
