import type { WorkspaceActions } from '../../sync/index.ts';
import { updateWorkspace } from '../api';
import type { ArchivedItem } from './ArchiveNotice';
import type { StructureRights } from './structureRights';
import type { MenuAction } from './TreeItemMenu';

/** What a tree item's menu needs besides the item: the rights, the writes, and how to start renaming. */
export interface MenuContext {
  rights: StructureRights;
  actions: WorkspaceActions | null;
  startRename: () => void;
  /** Runs a write and puts focus where the user can go on (the item, or its parent once it left). */
  run: (write: () => void | Promise<unknown>, focus: 'item' | 'parent') => void;
  /** Told of each item archived from a menu, with the write that restores it (the sidebar offers Undo). */
  onArchived: (item: ArchivedItem) => void;
}

/**
 * "Move up" / "Move down" among the item's visible, unarchived siblings (`siblings` in tree order). The
 * new place is "right after" a neighbour, as the domain's fractional keys are placed.
 */
function moves(
  id: string,
  siblings: readonly string[],
  move: (afterId: string | null) => void,
  run: MenuContext['run'],
): MenuAction[] {
  const index = siblings.indexOf(id);
  if (index < 0) return [];
  const items: MenuAction[] = [];
  if (index > 0) {
    items.push({ label: 'Move up', perform: () => run(() => move(siblings[index - 2] ?? null), 'item') });
  }
  if (index < siblings.length - 1) {
    items.push({ label: 'Move down', perform: () => run(() => move(siblings[index + 1]!), 'item') });
  }
  return items;
}

/**
 * "Archive" for a folder or a space: `archive(true)` hides it from every member, and the sidebar is handed
 * `archive(false)` to offer Undo. The focus goes to the parent, as the item leaves the tree.
 */
function archiveAction(
  item: { kind: 'folder' | 'space'; name: string },
  archive: (archived: boolean) => void,
  { run, onArchived }: Pick<MenuContext, 'run' | 'onArchived'>,
): MenuAction {
  return {
    label: 'Archive',
    perform: () =>
      run(() => {
        archive(true);
        onArchived({ ...item, restore: () => archive(false) });
      }, 'parent'),
  };
}

export function folderMenu(
  folder: { id: string; name: string; archived: boolean },
  siblings: readonly string[],
  { rights, actions, startRename, run, onArchived }: MenuContext,
): MenuAction[] {
  if (!rights.manage || !actions) return [];
  const folderId = folder.id;
  const archive = (archived: boolean) => actions.archiveFolder({ folderId, archived });
  if (folder.archived) {
    return [
      {
        label: 'Restore',
        perform: () => run(() => archive(false), 'item'),
      },
    ];
  }
  return [
    { label: 'Rename', perform: startRename },
    ...moves(folderId, siblings, (afterId) => actions.moveFolder({ folderId, afterId }), run),
    archiveAction({ kind: 'folder', name: folder.name }, archive, { run, onArchived }),
  ];
}

/** Where a space is shown in the tree, and where else it can go. */
export interface SpacePlace {
  /** The folder it is shown in (null = top level). */
  folderId: string | null;
  folderArchived: boolean;
  /** The workspace's unarchived folders in tree order: a space can be moved into any other. */
  folders: readonly { id: string; name: string }[];
}

export function spaceMenu(
  space: { id: string; name: string; archived: boolean },
  place: SpacePlace,
  siblings: readonly string[],
  { rights, actions, startRename, run, onArchived }: MenuContext,
): MenuAction[] {
  if (!actions) return [];
  const spaceId = space.id;
  if (space.archived) {
    if (!rights.manage) return [];
    return [
      {
        label: 'Restore',
        perform: () => run(() => actions.archiveSpace({ spaceId, archived: false }), 'item'),
      },
    ];
  }
  const items: MenuAction[] = [];
  if (rights.renameSpaces) items.push({ label: 'Rename', perform: startRename });
  if (!rights.manage) return items;
  // A space inside an archived folder is shown only with the archived items; it moves once the folder is back.
  if (!place.folderArchived) {
    const { folderId } = place;
    items.push(
      ...moves(spaceId, siblings, (afterId) => actions.moveSpace({ spaceId, folderId, afterId }), run),
    );
    // Into another folder (at its end), or out to the top level.
    const moveTo = (target: string | null) => () =>
      run(() => actions.moveSpace({ spaceId, folderId: target }), 'item');
    for (const folder of place.folders) {
      if (folder.id !== folderId) items.push({ label: `Move to ${folder.name}`, perform: moveTo(folder.id) });
    }
    if (folderId !== null) items.push({ label: 'Move out of the folder', perform: moveTo(null) });
  }
  items.push(
    archiveAction(
      { kind: 'space', name: space.name },
      (archived) => actions.archiveSpace({ spaceId, archived }),
      { run, onArchived },
    ),
  );
  return items;
}

/**
 * A workspace's menu, for its owners: rename, archive, restore. These are server calls (the workspace
 * list lives in the server's database), so `reload` fetches the list again once one succeeded.
 */
export function workspaceMenu(
  workspace: { id: string; name: string; role: string; archived?: boolean },
  {
    startRename,
    run,
    onArchived,
    reload,
  }: Pick<MenuContext, 'startRename' | 'run' | 'onArchived'> & { reload: () => void },
): MenuAction[] {
  if (workspace.role !== 'owner') return [];
  const write = (archived: boolean) => updateWorkspace(workspace.id, { archived }).then(reload);
  if (workspace.archived) {
    return [{ label: 'Restore', perform: () => run(() => write(false), 'item') }];
  }
  return [
    { label: 'Rename', perform: startRename },
    {
      label: 'Archive',
      perform: () =>
        run(
          () =>
            write(true).then(() =>
              onArchived({ kind: 'workspace', name: workspace.name, restore: () => write(false) }),
            ),
          'item',
        ),
    },
  ];
}
