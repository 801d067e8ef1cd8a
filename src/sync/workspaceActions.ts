/**
 * The writes the app makes on an open workspace document — folders, and renaming, ordering or archiving spaces
 * (spaces are created through the API, which registers them on the server) — bound to the signed-in user
 * so React code never sees a `Y.Doc`.
 */
import {
  archiveFolder,
  archiveSpace,
  createFolder,
  moveFolder,
  moveSpace,
  renameFolder,
  renameSpace,
} from '../domain/index.ts';
import type { DocumentHandle } from './documentPool.ts';

export interface WorkspaceActions {
  /** Creates a folder at the end of the workspace's folders; returns its id. */
  createFolder(input: { name: string }): string;
  renameFolder(input: { folderId: string; name: string }): void;
  archiveFolder(input: { folderId: string; archived: boolean }): void;
  /** Places a folder right after `afterId` (null = first). */
  moveFolder(input: { folderId: string; afterId: string | null }): void;
  renameSpace(input: { spaceId: string; name: string }): void;
  /** Places a space in `folderId` (null = top level) right after `afterId` (null = first, absent = last). */
  moveSpace(input: { spaceId: string; folderId: string | null; afterId?: string | null }): void;
  archiveSpace(input: { spaceId: string; archived: boolean }): void;
}

/** Binds the folder operations to `handle`'s document, acting as `actorId`. */
export function bindWorkspaceActions(handle: Pick<DocumentHandle, 'doc'>, actorId: string): WorkspaceActions {
  const { doc } = handle;
  const ctx = { actor: actorId };
  return {
    createFolder: (input) => createFolder(doc, input, ctx),
    renameFolder: (input) => renameFolder(doc, input, ctx),
    archiveFolder: (input) => archiveFolder(doc, input, ctx),
    moveFolder: (input) => moveFolder(doc, input, ctx),
    renameSpace: (input) => renameSpace(doc, input, ctx),
    moveSpace: (input) => moveSpace(doc, input, ctx),
    archiveSpace: (input) => archiveSpace(doc, input, ctx),
  };
}
