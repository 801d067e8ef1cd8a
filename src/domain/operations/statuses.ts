/**
 * Status (board column) operations. Statuses are archived, never deleted, so every card's `pos.statusId`
 * keeps naming an existing status even when peers archive and move concurrently.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LOCAL } from '../origin.ts';
import { columnKeys } from '../read/columnIndex.ts';
import { idSchema, nameSchema } from '../records/common.ts';
import { statusRoleSchema, type StatusRole } from '../records/status.ts';
import { flag, newRecord, spaceMaps, str } from '../schema.ts';
import { keyedList, placeAfter, requireFreeName as requireFreeNameIn, requireRecord } from './collection.ts';
import { parseInput, requireInitialized } from './input.ts';

const createInput = z.object({
  name: nameSchema,
  role: statusRoleSchema,
  afterId: idSchema.nullable().optional(),
});
const renameInput = z.object({ statusId: idSchema, name: nameSchema });
const roleInput = z.object({ statusId: idSchema, role: statusRoleSchema });
const updateInput = z.object({
  statusId: idSchema,
  name: nameSchema.optional(),
  role: statusRoleSchema.optional(),
});
const moveInput = z.object({ statusId: idSchema, afterId: idSchema.nullable() });
const archiveInput = z.object({ statusId: idSchema, archived: z.boolean() });

function requireStatus(doc: Y.Doc, statusId: string) {
  return requireRecord(spaceMaps(doc).statuses, statusId, 'unknown_status', 'status');
}

/**
 * Refuses `name` when a live status other than `selfId` already has it, ignoring case: the board's
 * columns, its drag announcements and the flow charts tell statuses apart by name.
 */
function requireFreeName(doc: Y.Doc, name: string, selfId: string | null): void {
  requireFreeNameIn(
    spaceMaps(doc).statuses,
    name,
    selfId,
    'duplicate_status',
    (taken) => `This space already has a column named “${taken}”.`,
  );
}

/**
 * Adds a status after `afterId` (undefined = last, null = first) and returns its id.
 * Order is kept over all statuses, archived ones included, so restoring one puts it back where it was.
 */
export function createStatus(
  doc: Y.Doc,
  input: { name: string; role: StatusRole; afterId?: string | null },
  ctx: OpContext,
): string {
  const { name, role, afterId } = parseInput(createInput, input);
  resolveContext(ctx);
  requireInitialized(doc);
  requireFreeName(doc, name, null);
  const { statuses } = spaceMaps(doc);
  const placement = placeAfter(keyedList(statuses), afterId);
  const id = newId();
  doc.transact(() => {
    statuses.set(id, newRecord({ name, role, key: placement.key, archived: false }));
  }, LOCAL);
  return id;
}

/**
 * Renames a status and changes its role (which flow analytics read), either or both, in one transaction:
 * one undo step for one edit of a column.
 */
export function updateStatus(
  doc: Y.Doc,
  input: { statusId: string; name?: string; role?: StatusRole },
  ctx: OpContext,
): void {
  const { statusId, name, role } = parseInput(updateInput, input);
  resolveContext(ctx);
  const status = requireStatus(doc, statusId);
  const renamed = name !== undefined && status.get('name') !== name;
  const reroled = role !== undefined && status.get('role') !== role;
  if (!renamed && !reroled) return;
  if (renamed && !flag(status, 'archived')) requireFreeName(doc, name, statusId);
  doc.transact(() => {
    if (renamed) status.set('name', name);
    if (reroled) status.set('role', role);
  }, LOCAL);
}

/** Renames a status. */
export function renameStatus(doc: Y.Doc, input: { statusId: string; name: string }, ctx: OpContext): void {
  updateStatus(doc, parseInput(renameInput, input), ctx);
}

/** Changes the role of a status. */
export function setStatusRole(
  doc: Y.Doc,
  input: { statusId: string; role: StatusRole },
  ctx: OpContext,
): void {
  updateStatus(doc, parseInput(roleInput, input), ctx);
}

/** Moves a status to right after `afterId` (null = first). */
export function moveStatus(
  doc: Y.Doc,
  input: { statusId: string; afterId: string | null },
  ctx: OpContext,
): void {
  const { statusId, afterId } = parseInput(moveInput, input);
  resolveContext(ctx);
  const status = requireStatus(doc, statusId);
  if (afterId === statusId) throw new DomainError('invalid_input', 'A status cannot be placed after itself.');
  const { statuses } = spaceMaps(doc);
  const placement = placeAfter(
    keyedList(statuses, () => true, statusId),
    afterId,
  );
  doc.transact(() => {
    status.set('key', placement.key);
  }, LOCAL);
}

/**
 * Archives or restores a status. Archiving is refused while it holds unarchived cards
 * (`status_not_empty`) or when it is the last active status (`last_status`).
 */
export function archiveStatus(
  doc: Y.Doc,
  input: { statusId: string; archived: boolean },
  ctx: OpContext,
): void {
  const { statusId, archived } = parseInput(archiveInput, input);
  resolveContext(ctx);
  const status = requireStatus(doc, statusId);
  if (flag(status, 'archived') === archived) return;
  if (!archived) requireFreeName(doc, str(status, 'name'), statusId);
  if (archived) {
    const held = columnKeys(doc, statusId).length;
    if (held > 0) {
      throw new DomainError(
        'status_not_empty',
        `Move the ${held === 1 ? 'card' : `${held} cards`} in this column to another one, or archive ${held === 1 ? 'it' : 'them'}, first.`,
        {
          cards: held,
        },
      );
    }
    const active = keyedList(spaceMaps(doc).statuses, (record) => !flag(record, 'archived'));
    if (active.length <= 1) throw new DomainError('last_status', 'A space needs at least one column.');
  }
  doc.transact(() => status.set('archived', archived), LOCAL);
}
