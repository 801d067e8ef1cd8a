/**
 * The writes the board UI makes on an open space, bound to its document and the signed-in user, so React
 * code calls plain functions and never sees a `Y.Doc`. Each call is one domain operation: one transaction
 * and, for the user's own edits, one undo step.
 */
import {
  addCardLabel,
  archiveCard,
  cardHistory,
  createCard,
  createUndo,
  moveCard,
  moveStatus,
  removeCardLabel,
  updateCard,
  type CreateCardInput,
  type HistoryEvent,
  type MoveCardInput,
  type UpdateCardInput,
} from '../domain/index.ts';
import type { DocumentHandle } from './documentPool.ts';

export interface SpaceActions {
  /** Creates a card; returns its id. Bad input throws `DomainError` and writes nothing. */
  createCard(input: CreateCardInput): string;
  /** Moves a card (one transaction, one undo step). */
  moveCard(input: MoveCardInput): void;
  /** Moves a status (a column) right after `afterId`, or first when `afterId` is null. */
  moveStatus(input: { statusId: string; afterId: string | null }): void;
  /** Edits a card's fields (omitted ones are kept). */
  updateCard(input: UpdateCardInput): void;
  /** Puts a label on a card or takes it off. */
  setCardLabel(input: { cardId: string; labelId: string; on: boolean }): void;
  archiveCard(input: { cardId: string; archived: boolean }): void;
  /** The card's history events, oldest first (a read; re-read when the store's `historyLength` changes). */
  cardHistory(cardId: string): HistoryEvent[];
  /** Reverts the user's latest operation on this space; false when there was nothing to undo. */
  undo(): boolean;
  /** Re-applies the latest undone operation; false when there was nothing to redo. */
  redo(): boolean;
  /** Stops recording undo steps. */
  destroy(): void;
}

/** Binds the domain operations to `handle`'s document, acting as `actorId`. */
export function bindSpaceActions(handle: Pick<DocumentHandle, 'doc'>, actorId: string): SpaceActions {
  const { doc } = handle;
  const ctx = { actor: actorId };
  const history = createUndo(doc, ctx);
  return {
    createCard: (input) => createCard(doc, input, ctx),
    moveCard: (input) => moveCard(doc, input, ctx),
    moveStatus: (input) => moveStatus(doc, input, ctx),
    updateCard: (input) => updateCard(doc, input, ctx),
    setCardLabel: ({ cardId, labelId, on }) =>
      (on ? addCardLabel : removeCardLabel)(doc, { cardId, labelId }, ctx),
    archiveCard: (input) => archiveCard(doc, input, ctx),
    cardHistory: (cardId) => cardHistory(doc, cardId),
    undo: () => history.undo(),
    redo: () => history.redo(),
    destroy: () => history.destroy(),
  };
}
