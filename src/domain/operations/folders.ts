/**
 * Workspace folder operations. Folders are archived, never deleted, so spaces never lose their folder. Live
 * folders' names are unique in a workspace, ignoring case: two "Returns" in the sidebar could not be told
 * apart. An archived folder frees its name, and is restored only while the name is free.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LOCAL } from '../origin.ts';
import { idSchema, nameSchema } from '../records/common.ts';
import { flag, newRecord, str, workspaceMaps } from '../schema.ts';
import { keyedList, placeAfter, requireRecord, requireFreeName as requireFreeNameIn } from './collection.ts';
import { parseInput, requireInitialized } from './input.ts';

const createInput = z.object({ name: nameSchema, afterId: idSchema.nullable().optional() });
const renameInput = z.object({ folderId: idSchema, name: nameSchema });
const moveInput = z.object({ folderId: idSchema, afterId: idSchema.nullable() });
const archiveInput = z.object({ folderId: idSchema, archived: z.boolean() });

function requireFolder(doc: Y.Doc, folderId: string) {
  return requireRecord(workspaceMaps(doc).folders, folderId, 'unknown_folder', 'folder');
}

/** Refuses `name` when a live folder other than `selfId` already has it, ignoring case. */
function requireFreeName(doc: Y.Doc, name: string, selfId: string | null): void {
  requireFreeNameIn(
    workspaceMaps(doc).folders,
    name,
    selfId,
    'duplicate_folder',
    (taken) => `This workspace already has a folder named “${taken}”.`,
  );
}

/** Adds a folder after `afterId` (undefined = last, null = first) and returns its id. */
export function createFolder(
  doc: Y.Doc,
  input: { name: string; afterId?: string | null },
  ctx: OpContext,
): string {
  const { name, afterId } = parseInput(createInput, input);
  resolveContext(ctx);
  requireInitialized(doc);
  requireFreeName(doc, name, null);
  const { folders } = workspaceMaps(doc);
  const placement = placeAfter(keyedList(folders), afterId);
  const id = newId();
  doc.transact(() => {
    folders.set(id, newRecord({ name, key: placement.key, archived: false }));
  }, LOCAL);
  return id;
}

/** Renames a folder. */
export function renameFolder(doc: Y.Doc, input: { folderId: string; name: string }, ctx: OpContext): void {
  const { folderId, name } = parseInput(renameInput, input);
  resolveContext(ctx);
  const folder = requireFolder(doc, folderId);
  if (folder.get('name') === name) return;
  if (!flag(folder, 'archived')) requireFreeName(doc, name, folderId);
  doc.transact(() => folder.set('name', name), LOCAL);
}

/** Moves a folder to right after `afterId` (null = first). */
export function moveFolder(
  doc: Y.Doc,
  input: { folderId: string; afterId: string | null },
  ctx: OpContext,
): void {
  const { folderId, afterId } = parseInput(moveInput, input);
  resolveContext(ctx);
  const folder = requireFolder(doc, folderId);
  if (afterId === folderId) throw new DomainError('invalid_input', 'A folder cannot be placed after itself.');
  const { folders } = workspaceMaps(doc);
  const placement = placeAfter(
    keyedList(folders, () => true, folderId),
    afterId,
  );
  doc.transact(() => {
    folder.set('key', placement.key);
  }, LOCAL);
}

/** Archives or restores a folder; its spaces keep their folder and reappear with it. */
export function archiveFolder(
  doc: Y.Doc,
  input: { folderId: string; archived: boolean },
  ctx: OpContext,
): void {
  const { folderId, archived } = parseInput(archiveInput, input);
  resolveContext(ctx);
  const folder = requireFolder(doc, folderId);
  if (flag(folder, 'archived') === archived) return;
  if (!archived) requireFreeName(doc, str(folder, 'name'), folderId);
  doc.transact(() => folder.set('archived', archived), LOCAL);
}
