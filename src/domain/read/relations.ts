/**
 * Reading relations from snapshots (the space store's `relations` and `cards`): a card's related cards,
 * and the date conflicts DESIGN §1 flags — a child ending after its parent or starting before it, a next
 * card starting before its previous one ends. A card's span runs from its start to its due date; a card
 * with one date only spans that instant, and an undated card conflicts with nothing.
 */
import type { Card } from '../records/card.ts';
import type { Relation, RelationRole } from '../records/relation.ts';

/** One related card as a card sees it: what the other card is to it, through which relation. */
export interface CardRelation {
  relation: Relation;
  role: RelationRole;
  /** The other card's id. */
  other: string;
}

/** A date rule a relation breaks. */
export type DateConflict = 'child_ends_late' | 'child_starts_early' | 'next_starts_early';

/** One conflict as a card sees it: the relation's other card, what it is, and which rule is broken. */
export interface CardDateWarning {
  role: RelationRole;
  other: string;
  conflict: DateConflict;
}

const ROLE_ORDER: Readonly<Record<RelationRole, number>> = { parent: 0, child: 1, previous: 2, next: 3 };

/** The live relations of `relations`, oldest first (then by id), for views that draw them all. */
export function liveRelationList(relations: Readonly<Record<string, Relation>>): Relation[] {
  return Object.values(relations)
    .filter((relation) => !relation.removed)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The live relations of `cardId`: parent first, then children, previous and next cards, each oldest first. */
export function relationsOfCard(
  relations: Readonly<Record<string, Relation>>,
  cardId: string,
): CardRelation[] {
  const list: CardRelation[] = [];
  for (const relation of liveRelationList(relations)) {
    if (relation.from === cardId && relation.to !== cardId) {
      list.push({ relation, role: relation.kind === 'parent' ? 'child' : 'next', other: relation.to });
    } else if (relation.to === cardId && relation.from !== cardId) {
      list.push({ relation, role: relation.kind === 'parent' ? 'parent' : 'previous', other: relation.from });
    }
  }
  // A stable sort keeps each role's relations oldest first.
  return list.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

/** When a card's work starts and ends (epoch ms), or null when it has no date. */
function spanOf(card: Card): { start: number; end: number } | null {
  const start = card.start ?? card.due;
  const end = card.due ?? card.start;
  return start === null || end === null ? null : { start, end };
}

/** The date rules `relation` breaks between its cards `from` and `to` (none when either is undated). */
export function dateConflicts(relation: Pick<Relation, 'kind'>, from: Card, to: Card): DateConflict[] {
  const first = spanOf(from);
  const second = spanOf(to);
  if (!first || !second) return [];
  if (relation.kind === 'next') return second.start < first.end ? ['next_starts_early'] : [];
  const conflicts: DateConflict[] = [];
  if (second.end > first.end) conflicts.push('child_ends_late');
  if (second.start < first.start) conflicts.push('child_starts_early');
  return conflicts;
}

/** The date conflicts of `cardId`'s relations, in the order of {@link relationsOfCard}. */
export function cardDateWarnings(
  relations: Readonly<Record<string, Relation>>,
  cards: Readonly<Record<string, Card>>,
  cardId: string,
): CardDateWarning[] {
  const warnings: CardDateWarning[] = [];
  for (const { relation, role, other } of relationsOfCard(relations, cardId)) {
    const from = cards[relation.from];
    const to = cards[relation.to];
    if (!from || !to || from.archived || to.archived) continue;
    for (const conflict of dateConflicts(relation, from, to)) warnings.push({ role, other, conflict });
  }
  return warnings;
}
