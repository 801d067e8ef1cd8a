/**
 * Random space operations for property tests. Indexes are resolved against the replica's own state when the
 * operation runs, so every generated sequence is meaningful on every replica; refused operations are part of
 * the test (they must throw `DomainError` and write nothing).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import * as Y from 'yjs';
import {
  DomainError,
  addCardLabel,
  addCoworker,
  archiveCard,
  archiveLabel,
  archiveStatus,
  createLabel,
  createStatus,
  cardsInStatus,
  createCard,
  moveCard,
  orderedStatuses,
  readSpace,
  removeCardLabel,
  removeCoworker,
  updateCard,
  type DomainUndo,
  type OpContext,
} from '../../../src/domain/index.ts';

const card = fc.nat(30);
const status = fc.nat(5);

export const spaceOp = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), status, top: fc.boolean() }),
  fc.record({
    kind: fc.constant('move' as const),
    card,
    status,
    side: fc.constantFrom('after', 'before', 'bottom'),
    neighbour: fc.nat(10),
  }),
  fc.record({
    kind: fc.constant('title' as const),
    card,
    title: fc.constantFrom('Claim', 'RMA 12', 'Visit', ' '),
  }),
  fc.record({ kind: fc.constant('due' as const), card, due: fc.option(fc.integer({ min: 0, max: 10_000 })) }),
  fc.record({ kind: fc.constant('archiveCard' as const), card, archived: fc.boolean() }),
  fc.record({ kind: fc.constant('archiveStatus' as const), status, archived: fc.boolean() }),
  fc.record({ kind: fc.constant('label' as const), card, label: fc.nat(3), add: fc.boolean() }),
  fc.record({ kind: fc.constant('createLabel' as const) }),
  fc.record({ kind: fc.constant('archiveLabel' as const), label: fc.nat(3), archived: fc.boolean() }),
  fc.record({ kind: fc.constant('createStatus' as const) }),
  fc.record({
    kind: fc.constant('coworker' as const),
    card,
    user: fc.constantFrom('u1', 'u2'),
    add: fc.boolean(),
  }),
  fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }),
);
export type SpaceOp = typeof spaceOp extends fc.Arbitrary<infer T> ? T : never;

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function perform(doc: Y.Doc, op: SpaceOp, ctx: OpContext, undo?: DomainUndo): void {
  const space = readSpace(doc);
  const cardId = 'card' in op ? (pick(Object.keys(space.cards).sort(), op.card) ?? 'none') : 'none';
  const statusId = 'status' in op ? (pick(orderedStatuses(doc, true), op.status)?.id ?? 'none') : 'none';
  const labelId = 'label' in op ? (pick(Object.keys(space.labels).sort(), op.label) ?? 'none') : 'none';
  switch (op.kind) {
    case 'create':
      createCard(doc, { statusId, title: 'New card', position: op.top ? 'top' : 'bottom' }, ctx);
      return;
    case 'move': {
      const column = cardsInStatus(doc, statusId).filter((c) => c.id !== cardId);
      const neighbour = pick(column, op.neighbour)?.id;
      const side = neighbour === undefined ? 'bottom' : op.side;
      moveCard(
        doc,
        {
          cardId,
          toStatusId: statusId,
          ...(side === 'after' ? { afterId: neighbour } : side === 'before' ? { beforeId: neighbour } : {}),
        },
        ctx,
      );
      return;
    }
    case 'title':
      updateCard(doc, { cardId, title: op.title }, ctx);
      return;
    case 'due':
      updateCard(doc, { cardId, due: op.due }, ctx);
      return;
    case 'archiveCard':
      archiveCard(doc, { cardId, archived: op.archived }, ctx);
      return;
    case 'archiveStatus':
      archiveStatus(doc, { statusId, archived: op.archived }, ctx);
      return;
    case 'label':
      (op.add ? addCardLabel : removeCardLabel)(doc, { cardId, labelId }, ctx);
      return;
    case 'createLabel':
      createLabel(doc, { name: 'Urgent', color: '#aa3300' }, ctx);
      return;
    case 'archiveLabel':
      archiveLabel(doc, { labelId, archived: op.archived }, ctx);
      return;
    case 'createStatus':
      createStatus(doc, { name: 'Review', role: 'in_progress' }, ctx);
      return;
    case 'coworker':
      (op.add ? addCoworker : removeCoworker)(doc, { cardId, userId: op.user }, ctx);
      return;
    case 'undo':
      undo?.undo();
      return;
    case 'redo':
      undo?.redo();
      return;
  }
}

/** Applies `op` (undo and redo through `undo`); a refusal must be a `DomainError` that left the document byte-identical. */
export function applyOp(doc: Y.Doc, op: SpaceOp, ctx: OpContext, undo?: DomainUndo): void {
  const before = Y.encodeStateAsUpdate(doc);
  try {
    perform(doc, op, ctx, undo);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  }
}
