import type { Folder, SpaceEntry } from '../../domain/index.ts';

export interface FolderBranch {
  folder: Folder;
  spaces: SpaceEntry[];
}

/** What the sidebar shows of one workspace, and the unarchived siblings each item moves among. */
export interface TreeLayout {
  folders: FolderBranch[];
  /** Spaces outside any folder (or in a folder that does not exist, which the tree cannot show). */
  topSpaces: SpaceEntry[];
  /** Unarchived folder ids in order. */
  folderOrder: string[];
  /** Unarchived space ids in order, per folder id (`''` = top level). */
  spaceOrder: Map<string, string[]>;
}

/**
 * Lays out a workspace's folders and spaces (each already in key order). Archived items leave the tree,
 * and so do the spaces of an archived folder: they come back with it. With `showArchived` every item is
 * shown in its place.
 */
export function layoutTree(folders: Folder[], spaces: SpaceEntry[], showArchived: boolean): TreeLayout {
  const known = new Map(folders.map((folder) => [folder.id, folder]));
  const placeOf = (space: SpaceEntry) =>
    space.folderId !== null && known.has(space.folderId) ? space.folderId : '';
  const layout: TreeLayout = {
    folders: [],
    topSpaces: [],
    folderOrder: folders.filter((folder) => !folder.archived).map((folder) => folder.id),
    spaceOrder: new Map(),
  };
  const branches = new Map<string, FolderBranch>();
  for (const folder of folders) {
    if (folder.archived && !showArchived) continue;
    const branch = { folder, spaces: [] };
    branches.set(folder.id, branch);
    layout.folders.push(branch);
  }
  for (const space of spaces) {
    const place = placeOf(space);
    const folderArchived = place !== '' && known.get(place)?.archived === true;
    if (!space.archived && !folderArchived) {
      layout.spaceOrder.set(place, [...(layout.spaceOrder.get(place) ?? []), space.id]);
    }
    if (space.archived && !showArchived) continue;
    if (place === '') layout.topSpaces.push(space);
    else branches.get(place)?.spaces.push(space);
  }
  return layout;
}
