/**
 * What the board shows of a card's to-dos and comments. The store keeps, per card, the ids of its live
 * to-dos in list order and of its comments in thread order, and a small `CardBadges` record for the card
 * front; each keeps its identity until that card's to-dos or comments change, so a comment on one card
 * re-renders that card's front only.
 */
import type { SpaceState } from './spaceStore.ts';

/** The counts a card front shows. */
export interface CardBadges {
  todosDone: number;
  todosTotal: number;
  /** Comments that are not deleted. */
  comments: number;
}

/** The badges of a card with no to-dos and no comments; one shared object, so it never looks changed. */
export const NO_BADGES: CardBadges = Object.freeze({ todosDone: 0, todosTotal: 0, comments: 0 });

const NO_IDS: readonly string[] = Object.freeze([]);

/** Selector for a card's badges. */
export const selectBadges =
  (cardId: string) =>
  (state: SpaceState): CardBadges =>
    (Object.hasOwn(state.badges, cardId) ? state.badges[cardId] : undefined) ?? NO_BADGES;

/** Selector for the ids of a card's live to-dos, in list order. */
export const selectTodoIds =
  (cardId: string) =>
  (state: SpaceState): readonly string[] =>
    (Object.hasOwn(state.todoIds, cardId) ? state.todoIds[cardId] : undefined) ?? NO_IDS;

/** Selector for the ids of a card's comments (deleted ones included), oldest first. */
export const selectCommentIds =
  (cardId: string) =>
  (state: SpaceState): readonly string[] =>
    (Object.hasOwn(state.commentIds, cardId) ? state.commentIds[cardId] : undefined) ?? NO_IDS;
