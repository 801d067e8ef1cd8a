// Relations in the panel's words: what the other card is to this one, and each date conflict as a sentence
// about this card (DESIGN §1: "a child ending after its parent, a next card starting before its previous
// ends").
import type { CardDateWarning, RelationKind, RelationRole } from '../../domain/index.ts';

/** What the other card is, as the relation list and the "Link as" choice name it. */
export const ROLE_LABELS: Readonly<Record<RelationRole, string>> = {
  parent: 'Parent',
  child: 'Child',
  previous: 'Previous card',
  next: 'Next card',
};

/** The choices of "Link as", in the order offered. */
export const ROLES: readonly RelationRole[] = ['parent', 'child', 'next', 'previous'];

/** The relation that makes `other` the `role` of `cardId`. */
export function relationFor(
  role: RelationRole,
  cardId: string,
  other: string,
): { kind: RelationKind; from: string; to: string } {
  switch (role) {
    case 'parent':
      return { kind: 'parent', from: other, to: cardId };
    case 'child':
      return { kind: 'parent', from: cardId, to: other };
    case 'previous':
      return { kind: 'next', from: other, to: cardId };
    case 'next':
      return { kind: 'next', from: cardId, to: other };
  }
}

/** A date conflict as a sentence about the card the panel shows ("Ends after its parent “Repair”"). */
export function warningText({ role, conflict }: CardDateWarning, otherTitle: string): string {
  const other = `“${otherTitle}”`;
  if (conflict === 'next_starts_early') {
    return role === 'previous'
      ? `Starts before its previous card ${other} ends`
      : `Its next card ${other} starts before it ends`;
  }
  const ends = conflict === 'child_ends_late';
  if (role === 'parent') return ends ? `Ends after its parent ${other}` : `Starts before its parent ${other}`;
  return ends ? `Its child ${other} ends after it` : `Its child ${other} starts before it`;
}
