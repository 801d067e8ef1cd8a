import { useContext, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sortKeyed } from '../../domain/index.ts';
import { useWorkspaceStore, type WorkspaceStore } from '../../state/index.ts';
import { updateWorkspace, type Workspace } from '../api';
import { ArchiveNoticeContext } from './ArchiveNotice';
import { CurrentUserContext } from './currentUser';
import { structureRights } from './structureRights';
import { RenameInline } from './RenameInline';
import { workspaceMenu } from './structureMenu';
import { ArchivedBadge, FolderTreeItem, ItemError, SpaceTreeItem, type Shared } from './StructureTreeItems';
import { TreeItemMenu } from './TreeItemMenu';
import { useItemControls } from './useItemControls';
import { TreeBranch } from './TreeBranch';
import { layoutTree } from './treeLayout';
import { useWorkspaceActions } from './useWorkspaceActions';

interface WorkspaceTreeItemProps {
  workspace: Workspace;
  /** Null while the workspace's document is being opened. */
  store: WorkspaceStore | undefined;
  currentSpaceId: string | null;
  /** Whether this item is the tree's tab stop before the user moved focus in it. */
  first: boolean;
  /** Show archived folders and spaces too (to restore them). */
  showArchived: boolean;
  /** Asks the server for the workspace list again (after a rename or archive). */
  reload: () => void;
}

/** One workspace in the sidebar tree, its folders and spaces read live from its document. */
export function WorkspaceTreeItem({
  workspace,
  store,
  currentSpaceId,
  first,
  showArchived,
  reload,
}: WorkspaceTreeItemProps) {
  const controls = useItemControls();
  const onArchived = useContext(ArchiveNoticeContext);
  const items = workspaceMenu(workspace, {
    startRename: controls.startRename,
    run: controls.run,
    onArchived,
    reload,
  });
  return (
    <TreeBranch
      id={workspace.id}
      label={workspace.name}
      labelClass="tree-workspace"
      level={1}
      tabIndex={first ? 0 : -1}
      className={workspace.archived ? 'tree-archived' : ''}
      itemRef={controls.item}
      onKeyDown={controls.onKeyDown}
      onContextMenu={items.length > 0 ? controls.onContextMenu : undefined}
      editing={
        controls.renaming ? (
          <RenameInline
            name={workspace.name}
            onRename={(name) => updateWorkspace(workspace.id, { name }).then(reload)}
            onDone={controls.endRename}
          />
        ) : undefined
      }
      extra={
        <>
          <ArchivedBadge archived={workspace.archived === true} />
          <ItemError message={controls.error} />
          <TreeItemMenu
            name={workspace.name}
            items={items}
            open={controls.menuOpen}
            onOpenChange={controls.setMenuOpen}
            returnFocus={controls.focusItem}
          />
        </>
      }
    >
      {store ? (
        <WorkspaceContents
          workspace={workspace}
          store={store}
          currentSpaceId={currentSpaceId}
          showArchived={showArchived}
        />
      ) : (
        <li role="none" className="tree-note muted">
          Opening…
        </li>
      )}
    </TreeBranch>
  );
}

function WorkspaceContents({
  workspace,
  store,
  currentSpaceId,
  showArchived,
}: {
  workspace: Workspace;
  store: WorkspaceStore;
  currentSpaceId: string | null;
  showArchived: boolean;
}) {
  const user = useContext(CurrentUserContext);
  const rights = structureRights(workspace.role);
  const canEdit = rights.manage || rights.renameSpaces;
  const actions = useWorkspaceActions(workspace.id, canEdit ? (user?.id ?? null) : null);
  const folders = useWorkspaceStore(
    store,
    useShallow((state) => sortKeyed(Object.values(state.folders))),
  );
  const spaces = useWorkspaceStore(
    store,
    useShallow((state) => sortKeyed(Object.values(state.spaces))),
  );
  const layout = useMemo(() => layoutTree(folders, spaces, showArchived), [folders, spaces, showArchived]);
  const openFolders = useMemo(
    () =>
      layout.folders
        .filter(({ folder }) => !folder.archived)
        .map(({ folder }) => ({ id: folder.id, name: folder.name })),
    [layout.folders],
  );
  const onArchived = useContext(ArchiveNoticeContext);
  const shared: Shared = { rights, actions, onArchived };

  if (layout.folders.length === 0 && layout.topSpaces.length === 0) {
    return (
      <li role="none" className="tree-note muted">
        No spaces yet
      </li>
    );
  }
  return (
    <>
      {layout.folders.map(({ folder, spaces: inFolder }) => (
        <FolderTreeItem key={folder.id} folder={folder} siblings={layout.folderOrder} shared={shared}>
          {inFolder.length === 0 && (
            <li role="none" className="tree-note muted">
              No spaces in this folder
            </li>
          )}
          {inFolder.map((space) => (
            <SpaceTreeItem
              key={space.id}
              space={space}
              level={3}
              current={space.id === currentSpaceId}
              place={{ folderId: folder.id, folderArchived: folder.archived, folders: openFolders }}
              siblings={layout.spaceOrder.get(folder.id) ?? []}
              shared={shared}
            />
          ))}
        </FolderTreeItem>
      ))}
      {layout.topSpaces.map((space) => (
        <SpaceTreeItem
          key={space.id}
          space={space}
          level={2}
          current={space.id === currentSpaceId}
          place={{ folderId: null, folderArchived: false, folders: openFolders }}
          siblings={layout.spaceOrder.get('') ?? []}
          shared={shared}
        />
      ))}
    </>
  );
}
