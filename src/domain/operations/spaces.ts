/** Workspace operations on the list of spaces (name, folder, order, archived). */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { LOCAL } from '../origin.ts';
import { idSchema, nameSchema } from '../records/common.ts';
import { SPACE_PRIVACIES } from '../records/spaceEntry.ts';
import { flag, newRecord, workspaceMaps, type YRecord } from '../schema.ts';
import { keyedList, placeAfter, requireRecord } from './collection.ts';
import { parseInput, requireInitialized } from './input.ts';

const addInput = z.object({
  spaceId: idSchema,
  name: nameSchema,
  folderId: idSchema.nullable().optional(),
  privacy: z.enum(SPACE_PRIVACIES).optional(),
});
const renameInput = z.object({ spaceId: idSchema, name: nameSchema });
const moveInput = z.object({
  spaceId: idSchema,
  folderId: idSchema.nullable(),
  afterId: idSchema.nullable().optional(),
});
const archiveInput = z.object({ spaceId: idSchema, archived: z.boolean() });

/** Checks that `folderId` (null = top level) names an active folder. */
function requireFolder(doc: Y.Doc, folderId: string | null): void {
  if (folderId === null) return;
  const folder = requireRecord(workspaceMaps(doc).folders, folderId, 'unknown_folder', 'folder');
  if (flag(folder, 'archived')) throw new DomainError('folder_archived', 'That folder is archived.');
}

function inFolder(folderId: string | null) {
  return (record: YRecord) => (record.get('folderId') ?? null) === folderId;
}

/** Lists a space (already created as `space/<spaceId>`) at the end of its folder (default: top level). */
export function addSpace(
  doc: Y.Doc,
  input: { spaceId: string; name: string; folderId?: string | null; privacy?: 'standard' | 'private' },
  ctx: OpContext,
): void {
  const { spaceId, name, folderId = null, privacy = 'standard' } = parseInput(addInput, input);
  resolveContext(ctx);
  requireInitialized(doc);
  const { spaces } = workspaceMaps(doc);
  if (spaces.has(spaceId)) throw new DomainError('duplicate_space', 'That space is already listed.');
  requireFolder(doc, folderId);
  const placement = placeAfter(keyedList(spaces, inFolder(folderId)), undefined);
  doc.transact(() => {
    spaces.set(spaceId, newRecord({ name, folderId, key: placement.key, privacy, archived: false }));
  }, LOCAL);
}

/** Renames a space. */
export function renameSpace(doc: Y.Doc, input: { spaceId: string; name: string }, ctx: OpContext): void {
  const { spaceId, name } = parseInput(renameInput, input);
  resolveContext(ctx);
  const space = requireRecord(workspaceMaps(doc).spaces, spaceId, 'unknown_space', 'space');
  if (space.get('name') === name) return;
  doc.transact(() => space.set('name', name), LOCAL);
}

/** Moves a space into `folderId` (null = top level), after `afterId` (undefined = last, null = first). */
export function moveSpace(
  doc: Y.Doc,
  input: { spaceId: string; folderId: string | null; afterId?: string | null },
  ctx: OpContext,
): void {
  const { spaceId, folderId, afterId } = parseInput(moveInput, input);
  resolveContext(ctx);
  const { spaces } = workspaceMaps(doc);
  const space = requireRecord(spaces, spaceId, 'unknown_space', 'space');
  requireFolder(doc, folderId);
  const placement = placeAfter(keyedList(spaces, inFolder(folderId), spaceId), afterId);
  doc.transact(() => {
    if ((space.get('folderId') ?? null) !== folderId) space.set('folderId', folderId);
    space.set('key', placement.key);
  }, LOCAL);
}

/** Archives or restores a space's entry (the space document itself is kept). */
export function archiveSpace(
  doc: Y.Doc,
  input: { spaceId: string; archived: boolean },
  ctx: OpContext,
): void {
  const { spaceId, archived } = parseInput(archiveInput, input);
  resolveContext(ctx);
  const space = requireRecord(workspaceMaps(doc).spaces, spaceId, 'unknown_space', 'space');
  if (flag(space, 'archived') === archived) return;
  doc.transact(() => space.set('archived', archived), LOCAL);
}
