/**
 * The writes the board UI makes on an open space, bound to its document and the signed-in user, so React
 * code calls plain functions and never sees a `Y.Doc`. Each call is one domain operation: one transaction
 * and, for the user's own edits, one undo step.
 */
import {
  addCardLabel,
  addRelation,
  removeRelation,
  addComment,
  addCoworker,
  addTodo,
  archiveCard,
  archiveLabel,
  checkTodo,
  clearBlocker,
  deleteComment,
  editComment,
  editTodo,
  moveTodo,
  prepareColumnIndex,
  removeCoworker,
  removeTodo,
  setBlocker,
  cardHistory,
  readHistory,
  createCard,
  createLabel,
  createField,
  renameField,
  archiveField,
  setSlaField,
  setFieldValue,
  createUndo,
  moveCard,
  moveStatus,
  removeCardLabel,
  updateCard,
  updateLabel,
  type CreateCardInput,
  type FieldType,
  type FieldValue,
  type HistoryEvent,
  type MoveCardInput,
  type RelationKind,
  type UpdateCardInput,
} from '../domain/index.ts';
import type { DocumentHandle } from './documentPool.ts';

export interface SpaceActions {
  /** The signed-in user the writes act as (the author of their comments). */
  readonly actorId: string;
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
  /** Adds a label to the space (`color` as `#rrggbb`); returns its id. A live label's name is refused. */
  createLabel(input: { name: string; color: string }): string;
  /** Renames and/or recolours a live label. */
  updateLabel(input: { labelId: string; name?: string; color?: string }): void;
  /** Archives a label (hidden on cards, which keep it) or restores it. */
  archiveLabel(input: { labelId: string; archived: boolean }): void;
  /** Adds a custom field of `type` to the space; returns its id. A live field's name is refused. */
  createField(input: { name: string; type: FieldType }): string;
  renameField(input: { fieldId: string; name: string }): void;
  /** Archives a field (its values stay on the cards, hidden) or restores it. */
  archiveField(input: { fieldId: string; archived: boolean }): void;
  /** Makes a live date field the space's SLA due date, or clears it with null. */
  setSlaField(input: { fieldId: string | null }): void;
  /** Sets or (with null) clears a card's value of a field; a value of the wrong type is refused. */
  setFieldValue(input: { cardId: string; fieldId: string; value: FieldValue | null }): void;
  /** Adds or removes a co-worker. */
  setCoworker(input: { cardId: string; userId: string; on: boolean }): void;
  /** Adds a to-do (after `afterId`; undefined: last, null: first); returns its id. */
  addTodo(input: { cardId: string; text: string; afterId?: string | null }): string;
  editTodo(input: { cardId: string; todoId: string; text: string }): void;
  checkTodo(input: { cardId: string; todoId: string; done: boolean }): void;
  removeTodo(input: { cardId: string; todoId: string }): void;
  moveTodo(input: { cardId: string; todoId: string; afterId: string | null }): void;
  /** Adds a comment by the signed-in user, with the user ids it @mentions; returns its id. */
  addComment(input: { cardId: string; text: string; mentions?: string[] }): string;
  /** Edits or deletes one of the signed-in user's own comments. */
  editComment(input: { cardId: string; commentId: string; text: string; mentions?: string[] }): void;
  deleteComment(input: { cardId: string; commentId: string }): void;
  /** Marks the card blocked with `reason`, or clears the blocker when `reason` is null. */
  setBlocker(input: { cardId: string; reason: string | null }): void;
  /** Relates two cards (`parent`: `from` is the parent of `to`; `next`: `to` follows `from`); returns its id. */
  addRelation(input: { kind: RelationKind; from: string; to: string }): string;
  /** Removes a relation by id. */
  removeRelation(input: { relationId: string }): void;
  /** The card's history events, oldest first (a read; re-read when the store's `historyLength` changes). */
  cardHistory(cardId: string): HistoryEvent[];
  /** Every history event of the space, oldest first (a read for the flow charts; see `cardHistory`). */
  spaceHistory(): HistoryEvent[];
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
  // Placing a card reads an index of card places; building it while the page is idle keeps that scan of
  // every card out of the user's first drop.
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(
      () => {
        if (!doc.isDestroyed) prepareColumnIndex(doc);
      },
      { timeout: 2000 },
    );
  }
  return {
    actorId,
    createCard: (input) => createCard(doc, input, ctx),
    moveCard: (input) => moveCard(doc, input, ctx),
    moveStatus: (input) => moveStatus(doc, input, ctx),
    updateCard: (input) => updateCard(doc, input, ctx),
    setCardLabel: ({ cardId, labelId, on }) =>
      (on ? addCardLabel : removeCardLabel)(doc, { cardId, labelId }, ctx),
    archiveCard: (input) => archiveCard(doc, input, ctx),
    createLabel: (input) => createLabel(doc, input, ctx),
    updateLabel: (input) => updateLabel(doc, input, ctx),
    archiveLabel: (input) => archiveLabel(doc, input, ctx),
    createField: (input) => createField(doc, input, ctx),
    renameField: (input) => renameField(doc, input, ctx),
    archiveField: (input) => archiveField(doc, input, ctx),
    setSlaField: (input) => setSlaField(doc, input, ctx),
    setFieldValue: (input) => setFieldValue(doc, input, ctx),
    setCoworker: ({ cardId, userId, on }) =>
      (on ? addCoworker : removeCoworker)(doc, { cardId, userId }, ctx),
    addTodo: (input) => addTodo(doc, input, ctx),
    editTodo: (input) => editTodo(doc, input, ctx),
    checkTodo: (input) => checkTodo(doc, input, ctx),
    removeTodo: (input) => removeTodo(doc, input, ctx),
    moveTodo: (input) => moveTodo(doc, input, ctx),
    addComment: (input) => addComment(doc, input, ctx),
    editComment: (input) => editComment(doc, input, ctx),
    deleteComment: (input) => deleteComment(doc, input, ctx),
    setBlocker: ({ cardId, reason }) =>
      reason === null ? clearBlocker(doc, { cardId }, ctx) : setBlocker(doc, { cardId, reason }, ctx),
    addRelation: (input) => addRelation(doc, input, ctx),
    removeRelation: (input) => removeRelation(doc, input, ctx),
    cardHistory: (cardId) => cardHistory(doc, cardId),
    spaceHistory: () => readHistory(doc),
    undo: () => history.undo(),
    redo: () => history.redo(),
    destroy: () => history.destroy(),
  };
}
