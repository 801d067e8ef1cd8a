/**
 * Per-user undo and redo over a space's statuses, labels and cards. Only transactions with origin `LOCAL`
 * are captured, so a user never undoes a peer's edit. History is outside the undo scope: undo never removes
 * an event; instead the events describing what undo/redo changed are appended afterwards, in a transaction
 * with the untracked `SYSTEM` origin. One domain operation is one undo step.
 */
import * as Y from 'yjs';
import { resolveContext, type OpContext } from './context.ts';
import { DomainError } from './errors.ts';
import { appendHistory } from './history/log.ts';
import { LOCAL, SYSTEM } from './origin.ts';
import { readPos } from './records/card.ts';
import { spaceMaps } from './schema.ts';
import { diffCards, trackCards } from './history/cardDiff.ts';

export interface DomainUndo {
  /** Reverts the latest local operation; false when there was nothing to undo. */
  undo(): boolean;
  /** Re-applies the latest undone operation; false when there was nothing to redo. */
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Calls `listener` whenever the undo or redo stack changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/** The user id found on the newest event this replica wrote (the local user), or null. */
function localActor(doc: Y.Doc): string | null {
  let actor: string | null = null;
  for (let item = spaceMaps(doc).history._start; item !== null; item = item.right) {
    if (item.id.client !== doc.clientID || !(item.content instanceof Y.ContentAny)) continue;
    const last = item.content.arr[item.content.arr.length - 1];
    if (Array.isArray(last) && typeof last[3] === 'string') actor = last[3];
  }
  return actor;
}

/**
 * Refuses an undo that would delete a status (undoing its creation) while some card — possibly a peer's —
 * still sits in it: the card would point at a status that no longer exists.
 */
function guardStatusRemoval(
  doc: Y.Doc,
  stackItem: { insertions: Parameters<typeof Y.isDeleted>[0] } | undefined,
): void {
  if (!stackItem) return;
  const { statuses, cards } = spaceMaps(doc);
  for (const statusId of statuses.keys()) {
    const item = statuses._map.get(statusId);
    if (!item || !Y.isDeleted(stackItem.insertions, item.id)) continue;
    for (const [cardId, card] of cards.entries()) {
      const cardItem = cards._map.get(cardId);
      const removedToo = cardItem !== undefined && Y.isDeleted(stackItem.insertions, cardItem.id);
      if (!removedToo && readPos(card)?.statusId === statusId) {
        throw new DomainError(
          'status_not_empty',
          'Cards were put in this status since; move them out first.',
          {
            statusId,
          },
        );
      }
    }
  }
}

/**
 * Creates the undo manager of one open space document. `ctx.actor` is who compensating events are
 * attributed to; without it, the author of this replica's newest event is used.
 */
export function createUndo(doc: Y.Doc, ctx?: OpContext): DomainUndo {
  const { statuses, labels, cards } = spaceMaps(doc);
  const manager = new Y.UndoManager([statuses, labels, cards], {
    trackedOrigins: new Set([LOCAL]),
    captureTimeout: 0,
  });

  function run(direction: 'undo' | 'redo'): boolean {
    const stack = direction === 'undo' ? manager.undoStack : manager.redoStack;
    if (stack.length === 0) return false;
    if (direction === 'undo') guardStatusRemoval(doc, stack[stack.length - 1]);
    const before = trackCards(doc);
    const applied = direction === 'undo' ? manager.undo() : manager.redo();
    if (applied === null) return false;
    const events = diffCards(before, trackCards(doc));
    if (events.length > 0) {
      const { actor, at } = ctx ? resolveContext(ctx) : { actor: localActor(doc), at: Date.now() };
      if (actor !== null) doc.transact(() => appendHistory(doc, events, at, actor), SYSTEM);
    }
    return true;
  }

  return {
    undo: () => run('undo'),
    redo: () => run('redo'),
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    subscribe(listener) {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const name of events) manager.on(name, listener);
      return () => {
        for (const name of events) manager.off(name, listener);
      };
    },
    destroy: () => manager.destroy(),
  };
}
