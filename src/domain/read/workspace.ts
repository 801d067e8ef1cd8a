/** Plain snapshots of a workspace document. */
import type * as Y from 'yjs';
import { readFolder, type Folder } from '../records/folder.ts';
import { WORKSPACE_TYPES, type WorkspaceMeta, type WorkspaceType } from '../records/meta.ts';
import { readSpaceEntry, type SpaceEntry } from '../records/spaceEntry.ts';
import { sortKeyed } from '../ordering.ts';
import { workspaceMaps, eachRecord, isRecord } from '../schema.ts';

export interface WorkspaceSnapshot {
  meta: WorkspaceMeta;
  folders: Record<string, Folder>;
  spaces: Record<string, SpaceEntry>;
}

/** The whole workspace as id-keyed plain objects (archived records included). */
export function readWorkspace(doc: Y.Doc): WorkspaceSnapshot {
  const { meta, folders, spaces } = workspaceMaps(doc);
  const version = meta.get('schemaVersion');
  const type = meta.get('type');
  const name = meta.get('name');
  const id = meta.get('id');
  const snapshot: WorkspaceSnapshot = {
    meta: {
      schemaVersion: typeof version === 'number' ? version : 0,
      id: typeof id === 'string' ? id : '',
      name: typeof name === 'string' ? name : '',
      type: (WORKSPACE_TYPES as readonly unknown[]).includes(type) ? (type as WorkspaceType) : 'private',
    },
    folders: {},
    spaces: {},
  };
  eachRecord(folders, (record, id) => {
    snapshot.folders[id] = readFolder(record, id);
  });
  eachRecord(spaces, (record, id) => {
    snapshot.spaces[id] = readSpaceEntry(record, id);
  });
  return snapshot;
}

/** Spaces of one folder (null = top level) in order; archived ones only when asked. */
export function spacesInFolder(doc: Y.Doc, folderId: string | null, includeArchived = false): SpaceEntry[] {
  const list: SpaceEntry[] = [];
  eachRecord(workspaceMaps(doc).spaces, (record, id) => {
    const entry = readSpaceEntry(record, id);
    if (entry.folderId === folderId && (includeArchived || !entry.archived)) list.push(entry);
  });
  return sortKeyed(list);
}

/**
 * Whether a space reads as archived: its own entry is, or the folder holding it is (archiving a folder puts
 * away what it holds; restoring it brings its spaces back as they were). An unlisted space is not.
 */
export function isSpaceArchived(
  workspace: Pick<WorkspaceSnapshot, 'folders' | 'spaces'>,
  spaceId: string,
): boolean {
  const space = Object.hasOwn(workspace.spaces, spaceId) ? workspace.spaces[spaceId] : undefined;
  if (!space) return false;
  const { folderId } = space;
  return (
    space.archived ||
    (folderId !== null && Object.hasOwn(workspace.folders, folderId) && workspace.folders[folderId]!.archived)
  );
}

/** {@link isSpaceArchived}, read from the workspace document itself (the server's check). */
export function isSpaceArchivedIn(doc: Y.Doc, spaceId: string): boolean {
  const { folders, spaces } = workspaceMaps(doc);
  const record: unknown = spaces.get(spaceId);
  if (!isRecord(record)) return false;
  const space = readSpaceEntry(record, spaceId);
  const folder: unknown = space.folderId === null ? undefined : folders.get(space.folderId);
  const workspace = {
    spaces: { [spaceId]: space },
    folders:
      space.folderId !== null && isRecord(folder)
        ? { [space.folderId]: readFolder(folder, space.folderId) }
        : {},
  };
  return isSpaceArchived(workspace, spaceId);
}
