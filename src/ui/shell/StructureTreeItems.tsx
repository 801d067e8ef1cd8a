import { useId, type ReactNode } from 'react';
import type { Folder, SpaceEntry } from '../../domain/index.ts';
import { RenameInline } from './RenameInline';
import { navigate, spacePath } from './route';
import { folderMenu, spaceMenu, type MenuContext, type SpacePlace } from './structureMenu';
import { TreeBranch } from './TreeBranch';
import { TreeItemMenu } from './TreeItemMenu';
import { useItemControls } from './useItemControls';

/** What every folder and space item of one workspace shares. */
export type Shared = Omit<MenuContext, 'startRename' | 'run'>;

export function ArchivedBadge({ archived }: { archived: boolean }) {
  return archived ? <span className="badge tree-badge">Archived</span> : null;
}

export function ItemError({ message }: { message: string | null }) {
  return message ? (
    <span className="form-error tree-error" role="alert">
      {message}
    </span>
  ) : null;
}

export function FolderTreeItem({
  folder,
  siblings,
  shared,
  children,
}: {
  folder: Folder;
  /** Ids of the unarchived folders of the workspace, in order. */
  siblings: readonly string[];
  shared: Shared;
  children: ReactNode;
}) {
  const controls = useItemControls();
  const items = folderMenu(folder, siblings, {
    ...shared,
    startRename: controls.startRename,
    run: controls.run,
  });
  return (
    <TreeBranch
      id={folder.id}
      label={folder.name}
      labelClass="tree-folder"
      level={2}
      tabIndex={-1}
      className={folder.archived ? 'tree-archived' : ''}
      itemRef={controls.item}
      onKeyDown={controls.onKeyDown}
      onContextMenu={items.length > 0 ? controls.onContextMenu : undefined}
      editing={
        controls.renaming && shared.actions ? (
          <RenameInline
            name={folder.name}
            onRename={(name) => shared.actions?.renameFolder({ folderId: folder.id, name })}
            onDone={controls.endRename}
          />
        ) : undefined
      }
      extra={
        <>
          <ArchivedBadge archived={folder.archived} />
          <ItemError message={controls.error} />
          <TreeItemMenu
            name={folder.name}
            items={items}
            open={controls.menuOpen}
            onOpenChange={controls.setMenuOpen}
            returnFocus={controls.focusItem}
          />
        </>
      }
    >
      {children}
    </TreeBranch>
  );
}

export function SpaceTreeItem({
  space,
  level,
  current,
  place,
  siblings,
  shared,
}: {
  space: SpaceEntry;
  level: number;
  current: boolean;
  place: SpacePlace;
  /** Ids of the unarchived spaces shown beside it, in order. */
  siblings: readonly string[];
  shared: Shared;
}) {
  const controls = useItemControls(space.id);
  const labelId = useId();
  const items = spaceMenu(space, place, siblings, {
    ...shared,
    startRename: controls.startRename,
    run: controls.run,
  });
  return (
    <li
      ref={controls.item}
      role="treeitem"
      aria-labelledby={labelId}
      aria-level={level}
      aria-selected={current}
      aria-current={current ? 'page' : undefined}
      tabIndex={-1}
      data-tree-id={space.id}
      className={`tree-item tree-space${space.archived ? ' tree-archived' : ''}`}
      onKeyDown={controls.onKeyDown}
      onContextMenu={items.length > 0 ? controls.onContextMenu : undefined}
      onClick={(event) => {
        event.stopPropagation();
        navigate(spacePath(space.id));
      }}
    >
      <div className="tree-row">
        <span id={labelId} className="tree-label" hidden={controls.renaming}>
          {space.name}
        </span>
        {controls.renaming && shared.actions && (
          <RenameInline
            name={space.name}
            onRename={(name) => shared.actions?.renameSpace({ spaceId: space.id, name })}
            onDone={controls.endRename}
          />
        )}
        <ArchivedBadge archived={space.archived} />
        <ItemError message={controls.error} />
        <TreeItemMenu
          name={space.name}
          items={items}
          open={controls.menuOpen}
          onOpenChange={controls.setMenuOpen}
          returnFocus={controls.focusItem}
        />
      </div>
    </li>
  );
}
