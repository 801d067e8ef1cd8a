/**
 * Moving a card within or between statuses. The move is one write of `pos = {statusId, key}`, so two
 * concurrent moves of one card leave it in exactly one column (last writer wins), never in two.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { appendHistory } from '../history/log.ts';
import { isValidKey, type Keyed } from '../ordering.ts';
import { LOCAL } from '../origin.ts';
import { columnKeys } from '../read/columnIndex.ts';
import { readPos } from '../records/card.ts';
import { idSchema } from '../records/common.ts';
import { requireEditableCard, requireOpenStatus } from './cardRules.ts';
import { cardKeyAt } from './cardKeys.ts';
import { parseInput } from './input.ts';

const moveInput = z.object({
  cardId: idSchema,
  toStatusId: idSchema,
  afterId: idSchema.nullable().optional(),
  beforeId: idSchema.nullable().optional(),
});

export type MoveCardInput = z.input<typeof moveInput>;

function neighbourIndex(column: readonly Keyed[], id: string): number {
  const index = column.findIndex((card) => card.id === id);
  if (index < 0) {
    throw new DomainError('unknown_neighbour', `Card "${id}" is not in the target status.`, { id });
  }
  return index;
}

/** Insertion index in `column` (the target column without the moving card) for the given neighbours. */
function insertionIndex(column: readonly Keyed[], afterId?: string | null, beforeId?: string | null): number {
  if (afterId && beforeId) {
    const index = neighbourIndex(column, afterId) + 1;
    if (column[index]?.id !== beforeId) {
      throw new DomainError('invalid_input', 'The two neighbours are not next to each other.', {
        afterId,
        beforeId,
      });
    }
    return index;
  }
  if (afterId) return neighbourIndex(column, afterId) + 1;
  if (beforeId) return neighbourIndex(column, beforeId);
  return column.length;
}

/**
 * Moves a card into `toStatusId` between `afterId` and `beforeId` (either may be omitted; neither = bottom).
 * Appends `moved` only when the status changes. Neighbours must be unarchived cards of the target status.
 */
export function moveCard(doc: Y.Doc, input: MoveCardInput, ctx: OpContext): void {
  const { cardId, toStatusId, afterId, beforeId } = parseInput(moveInput, input);
  const { actor, at } = resolveContext(ctx);
  const card = requireEditableCard(doc, cardId);
  requireOpenStatus(doc, toStatusId);
  if (afterId === cardId || beforeId === cardId) {
    throw new DomainError('invalid_input', 'A card cannot be placed next to itself.');
  }
  const from = readPos(card);
  const full = columnKeys(doc, toStatusId);
  const column = full.filter((c) => c.id !== cardId);
  const index = insertionIndex(column, afterId, beforeId);
  const sameStatus = from?.statusId === toStatusId;
  // Already there: keep the key so a no-op drop writes nothing — unless the stored key is malformed, in
  // which case this move is the chance to give the card a valid one.
  const validKey = from !== null && isValidKey(from.key);
  if (sameStatus && validKey && full.findIndex((c) => c.id === cardId) === index) return;
  const key = cardKeyAt(column, index);
  doc.transact(() => {
    card.set('pos', { statusId: toStatusId, key });
    if (!sameStatus) appendHistory(doc, [{ card: cardId, type: 'moved', toStatusId }], at, actor);
  }, LOCAL);
}
