/**
 * The writes the board UI makes on an open space, bound to its document and the signed-in user, so React
 * code calls plain functions and never sees a `Y.Doc`. Each call is one domain operation: one transaction
 * and, for the user's own edits, one undo step.
 *
 * While the space is still loading (the board shows a snapshot; see `openDocument.ts`) no operation may
 * run against the half-applied document: it would validate against missing records and could, say, place
 * a card by keys that are not all there yet. Writes that return nothing (a drop, a field edit) are queued
 * and run in order once the document is loaded, so what the user did is not lost — even when the view is
 * closed first: the document is held open (`SpaceLoading.hold`) until they have run. Writes that return a
 * new id (a card, a label, a to-do, …) cannot hand one back before they run, and are refused with
 * {@link SpaceLoadingError} instead.
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
  createStatus,
  updateStatus,
  archiveStatus,
  removeCardLabel,
  updateCard,
  updateLabel,
  type CreateCardInput,
  type FieldType,
  type FieldValue,
  type HistoryEvent,
  type MoveCardInput,
  type RelationKind,
  type StatusRole,
  type UpdateCardInput,
} from '../domain/index.ts';
import { watchOthersCardMoves } from './othersCardMoves.ts';
import { yieldToPage } from './yielding.ts';
import type { DocumentHandle } from './documentPool.ts';

/** Thrown by a write that returns an id while the space is loading; the UI shows its message. */
export class SpaceLoadingError extends Error {
  readonly code = 'space_loading';
  constructor() {
    super('The space is still loading. Try again in a moment.');
    this.name = 'SpaceLoadingError';
  }
}

/** When the space's document is loaded; absent when it is already. */
export interface SpaceLoading {
  whenLive: Promise<void>;
  /**
   * What the store shows (`SpaceLoadStore`). With it the actions go live in the same task as the store:
   * a view rendering the loaded state already reads the history and writes at once.
   */
  load?: { getState(): string; subscribe(listener: (state: string) => void): () => void };
  /** Keeps the document open (past the view's close) until the returned function is called. */
  hold?: () => () => void;
  /**
   * Told of each queued write the loaded document refused (the card was archived or deleted meanwhile,
   * elsewhere), with the error: the view says what did not happen rather than let it vanish.
   */
  onRefused?: (error: unknown) => void;
}

export interface SpaceActions {
  /** The signed-in user the writes act as (the author of their comments). */
  readonly actorId: string;
  /** Creates a card; returns its id. Bad input throws `DomainError` and writes nothing. */
  createCard(input: CreateCardInput): string;
  /** Moves a card (one transaction, one undo step). */
  moveCard(input: MoveCardInput): void;
  /** Moves a status (a column) right after `afterId`, or first when `afterId` is null. */
  moveStatus(input: { statusId: string; afterId: string | null }): void;
  /** Adds a status (a column) after `afterId` (undefined: last, null: first); returns its id. */
  createStatus(input: { name: string; role: StatusRole; afterId?: string | null }): string;
  /**
   * Renames a status and/or changes what it means to the flow charts (and whether its cards count as
   * finished): one undo step.
   */
  updateStatus(input: { statusId: string; name?: string; role?: StatusRole }): void;
  /** Archives a status (refused while it holds cards, or for the last one) or restores it. */
  archiveStatus(input: { statusId: string; archived: boolean }): void;
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
  /**
   * Calls `listener` with the cards someone else just created or moved (see `othersCardMoves.ts`), once the
   * space is loaded; returns a function that stops it.
   */
  onOthersCardMoves(listener: (cardIds: string[]) => void): () => void;
  /** Reverts the user's latest operation on this space; false when there was nothing to undo. */
  undo(): boolean;
  /** Re-applies the latest undone operation; false when there was nothing to redo. */
  redo(): boolean;
  /** Stops recording undo steps. Writes still queued run once the space is loaded, as the header says. */
  destroy(): void;
}

/**
 * Binds the domain operations to `handle`'s document, acting as `actorId`. With `loading`, writes wait
 * for it as the file's header says.
 */
export function bindSpaceActions(
  handle: Pick<DocumentHandle, 'doc'>,
  actorId: string,
  loading?: SpaceLoading,
): SpaceActions {
  const { doc } = handle;
  const ctx = { actor: actorId };
  const history = createUndo(doc, ctx);
  let live = loading === undefined || loading.load?.getState() === 'live';
  const queued: (() => void)[] = [];
  let release: (() => void) | null = null;
  // What waits for the space to be loaded, other than writes (watching others' moves).
  const whenLive: (() => void)[] = [];
  // A write valid on the snapshot may be refused by the loaded document (the card was deleted meanwhile,
  // elsewhere): it is dropped, as a concurrent edit that lost would be, and the view is told; the board
  // shows the document.
  const runQueued = () => {
    live = true;
    for (const begin of whenLive.splice(0)) begin();
    for (const write of queued.splice(0)) {
      if (doc.isDestroyed) break;
      try {
        write();
      } catch (error) {
        loading?.onRefused?.(error);
      }
    }
    release?.();
    release = null;
  };
  if (loading) {
    const stop = loading.load?.subscribe((state) => {
      if (state === 'live' && !live) runQueued();
    });
    const settle = () => {
      stop?.();
      if (!live) runQueued();
    };
    loading.whenLive.then(settle, settle);
  }
  /** A write with no result: run now, or in order once loaded. */
  const later =
    <Input>(write: (input: Input) => void) =>
    (input: Input): void => {
      if (live) return write(input);
      queued.push(() => write(input));
      release ??= loading?.hold?.() ?? null;
    };
  /** A write that returns an id: run now, or refuse while loading. */
  const now =
    <Input, Result>(write: (input: Input) => Result) =>
    (input: Input): Result => {
      if (!live) throw new SpaceLoadingError();
      return write(input);
    };
  // Placing a card reads an index of card places; building it while the page is idle keeps that scan of
  // every card out of the user's first drop.
  const prepare = () => {
    if (typeof requestIdleCallback !== 'function') return;
    requestIdleCallback(
      () => {
        if (!doc.isDestroyed) void prepareColumnIndex(doc, yieldToPage);
      },
      { timeout: 2000 },
    );
  };
  if (loading) loading.whenLive.then(prepare, () => {});
  else prepare();
  return {
    actorId,
    createCard: now((input) => createCard(doc, input, ctx)),
    moveCard: later((input) => moveCard(doc, input, ctx)),
    moveStatus: later((input) => moveStatus(doc, input, ctx)),
    createStatus: now((input) => createStatus(doc, input, ctx)),
    updateStatus: later((input) => updateStatus(doc, input, ctx)),
    archiveStatus: later((input) => archiveStatus(doc, input, ctx)),
    updateCard: later((input) => updateCard(doc, input, ctx)),
    setCardLabel: later(({ cardId, labelId, on }) =>
      (on ? addCardLabel : removeCardLabel)(doc, { cardId, labelId }, ctx),
    ),
    archiveCard: later((input) => archiveCard(doc, input, ctx)),
    createLabel: now((input) => createLabel(doc, input, ctx)),
    updateLabel: later((input) => updateLabel(doc, input, ctx)),
    archiveLabel: later((input) => archiveLabel(doc, input, ctx)),
    createField: now((input) => createField(doc, input, ctx)),
    renameField: later((input) => renameField(doc, input, ctx)),
    archiveField: later((input) => archiveField(doc, input, ctx)),
    setSlaField: later((input) => setSlaField(doc, input, ctx)),
    setFieldValue: later((input) => setFieldValue(doc, input, ctx)),
    setCoworker: later(({ cardId, userId, on }) =>
      (on ? addCoworker : removeCoworker)(doc, { cardId, userId }, ctx),
    ),
    addTodo: now((input) => addTodo(doc, input, ctx)),
    editTodo: later((input) => editTodo(doc, input, ctx)),
    checkTodo: later((input) => checkTodo(doc, input, ctx)),
    removeTodo: later((input) => removeTodo(doc, input, ctx)),
    moveTodo: later((input) => moveTodo(doc, input, ctx)),
    addComment: now((input) => addComment(doc, input, ctx)),
    editComment: later((input) => editComment(doc, input, ctx)),
    deleteComment: later((input) => deleteComment(doc, input, ctx)),
    setBlocker: later(({ cardId, reason }) =>
      reason === null ? clearBlocker(doc, { cardId }, ctx) : setBlocker(doc, { cardId, reason }, ctx),
    ),
    addRelation: now((input) => addRelation(doc, input, ctx)),
    removeRelation: later((input) => removeRelation(doc, input, ctx)),
    // Reads of the history: empty until loaded rather than half of it.
    cardHistory: (cardId) => (live ? cardHistory(doc, cardId) : []),
    spaceHistory: () => (live ? readHistory(doc) : []),
    onOthersCardMoves: (listener) => {
      // Watched from when the space is loaded: the load's own slices are no one's moves.
      let stop: (() => void) | null = null;
      let stopped = false;
      const start = () => {
        if (!stopped && !doc.isDestroyed) stop = watchOthersCardMoves(doc, listener);
      };
      if (live) start();
      else whenLive.push(start);
      return () => {
        stopped = true;
        stop?.();
      };
    },
    // Nothing of this visit is undoable before it is loaded (queued writes have not run yet).
    undo: () => live && history.undo(),
    redo: () => live && history.redo(),
    destroy: () => history.destroy(),
  };
}
