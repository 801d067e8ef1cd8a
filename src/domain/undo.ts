/**
 * Per-user undo and redo over a space's statuses, labels, custom fields, cards (and their field values),
 * to-dos, comments, relations and settings. One local domain operation (origin
 * `LOCAL`) is one step, so a user never undoes a peer's edit. Undo is compensating, never destructive:
 *
 * - a change is reverted only while the record still holds what the operation wrote, so an edit someone
 *   made since survives;
 * - undoing a creation archives the record (a card gets an `archived` event) instead of deleting it, so a
 *   colleague's later edits of it, and cards carrying an undone label or sitting in an undone status, keep
 *   pointing at a record that exists;
 * - a card's start and due dates are reverted together or not at all (see `undo/apply.ts`);
 * - before writing, the result is checked against the operations' rules (`status_archived`,
 *   `status_not_empty`, `last_status`, `card_archived`, `label_archived`, `invalid_dates`, …); a step that
 *   breaks one is refused with that `DomainError`, dropped from its stack, and nothing is written.
 *
 * History is never edited: the events describing what undo/redo changed are appended in the same
 * transaction, which has the untracked `SYSTEM` origin.
 */
import type * as Y from 'yjs';
import { resolveContext, type OpContext } from './context.ts';
import { diffCards, trackCards } from './history/cardDiff.ts';
import { appendHistory } from './history/log.ts';
import { diffRelations, trackRelations } from './history/relationDiff.ts';
import { SYSTEM } from './origin.ts';
import { DomainError } from './errors.ts';
import { checkWrites, makeWrites, planStep, todoEvents } from './undo/apply.ts';
import { captureSteps, type Step } from './undo/capture.ts';

export interface DomainUndo {
  /** Reverts the latest local operation; false when there was nothing to undo. Refused → `DomainError`. */
  undo(): boolean;
  /** Re-applies the latest undone operation; false when there was nothing to redo. Refused → `DomainError`. */
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Calls `listener` whenever the undo or redo stack changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Creates the undo manager of one open space document. Compensating events are attributed to `ctx.actor`
 * (stamped with `ctx.now`); without `ctx`, to the user the undone operation's own events named.
 */
export function createUndo(doc: Y.Doc, ctx?: OpContext): DomainUndo {
  const undoStack: Step[] = [];
  const redoStack: Step[] = [];
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const stop = captureSteps(doc, (step) => {
    undoStack.push(step);
    redoStack.length = 0;
    notify();
  });

  function run(direction: 'undo' | 'redo'): boolean {
    const from = direction === 'undo' ? undoStack : redoStack;
    const to = direction === 'undo' ? redoStack : undoStack;
    const step = from[from.length - 1];
    if (!step) return false;
    const stamp = ctx ? resolveContext(ctx) : { actor: step.actor, at: Date.now() };
    const writes = planStep(doc, step, direction);
    try {
      // Everything the step changed has been changed since by someone else: nothing to take back.
      if (writes.length === 0 && step.changes.length > 0) {
        throw new DomainError(
          'changed_since',
          'Someone else has changed it since, so it was left as they made it.',
        );
      }
      checkWrites(doc, writes);
    } catch (error) {
      // The step can never apply as recorded; keeping it would block every step below it.
      from.pop();
      notify();
      throw error;
    }
    from.pop();
    const touchedCards = new Set<string>();
    const createdCards = new Set<string>();
    const touchedRelations = new Set<string>();
    for (const write of writes) {
      if (write.kind === 'member' || write.kind === 'value') touchedCards.add(write.cardId);
      else if (write.kind === 'field' && write.collection === 'cards') {
        touchedCards.add(write.id);
        if (write.creation) createdCards.add(write.id);
      } else if (write.kind === 'field' && write.collection === 'relations') touchedRelations.add(write.id);
    }
    if (writes.length > 0) {
      doc.transact(() => {
        const before = trackCards(doc, touchedCards);
        const relationsBefore = trackRelations(doc, touchedRelations);
        makeWrites(writes);
        const events = [
          ...diffCards(before, trackCards(doc, touchedCards), createdCards),
          ...todoEvents(writes),
          ...diffRelations(relationsBefore, trackRelations(doc, touchedRelations)),
        ];
        if (stamp.actor !== null) appendHistory(doc, events, stamp.at, stamp.actor);
      }, SYSTEM);
    }
    to.push(step);
    notify();
    return true;
  }

  return {
    undo: () => run('undo'),
    redo: () => run('redo'),
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    destroy() {
      stop();
      listeners.clear();
      undoStack.length = 0;
      redoStack.length = 0;
    },
  };
}
