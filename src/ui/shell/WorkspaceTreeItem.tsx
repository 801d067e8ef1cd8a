import { useId, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sortKeyed, type Folder, type SpaceEntry } from '../../domain/index.ts';
import { useWorkspaceStore, type WorkspaceStore } from '../../state/index.ts';
import type { Workspace } from '../api';
import { navigate, spacePath } from './route';

interface WorkspaceTreeItemProps {
  workspace: Workspace;
  /** Null while the workspace's document is being opened. */
  store: WorkspaceStore | undefined;
  currentSpaceId: string | null;
  /** Whether this item is the tree's tab stop before the user moved focus in it. */
  first: boolean;
}

/**
 * An expandable tree item: a label and a group of children, open by default. A click toggles it only when
 * it lands on this item itself; clicks inside the group belong to a folder or space below.
 */
function TreeBranch({
  label,
  labelClass,
  level,
  tabIndex,
  children,
}: {
  label: string;
  labelClass: string;
  level: number;
  tabIndex: number;
  children: ReactNode;
}) {
  const [expanded, setExpanded] = useState(true);
  const labelId = useId();
  const toggle = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('[role="treeitem"]') !== event.currentTarget) return;
    setExpanded((open) => !open);
  };
  return (
    <li
      role="treeitem"
      aria-expanded={expanded}
      aria-labelledby={labelId}
      aria-level={level}
      tabIndex={tabIndex}
      className="tree-item"
      onClick={toggle}
    >
      <span id={labelId} className={`tree-label ${labelClass}`}>
        {label}
      </span>
      <ul role="group" hidden={!expanded}>
        {children}
      </ul>
    </li>
  );
}

/** One workspace in the sidebar tree, its folders and spaces read live from its document. */
export function WorkspaceTreeItem({ workspace, store, currentSpaceId, first }: WorkspaceTreeItemProps) {
  return (
    <TreeBranch label={workspace.name} labelClass="tree-workspace" level={1} tabIndex={first ? 0 : -1}>
      {store ? (
        <WorkspaceContents store={store} currentSpaceId={currentSpaceId} />
      ) : (
        <li role="none" className="tree-note muted">
          Opening…
        </li>
      )}
    </TreeBranch>
  );
}

function WorkspaceContents({
  store,
  currentSpaceId,
}: {
  store: WorkspaceStore;
  currentSpaceId: string | null;
}) {
  const folders = useWorkspaceStore(
    store,
    useShallow((state) => sortKeyed(Object.values(state.folders).filter((folder) => !folder.archived))),
  );
  const spaces = useWorkspaceStore(
    store,
    useShallow((state) => sortKeyed(Object.values(state.spaces).filter((space) => !space.archived))),
  );
  const byFolder = useMemo(() => {
    const map = new Map<string | null, SpaceEntry[]>();
    for (const space of spaces) {
      const folderId = space.folderId && folders.some((f) => f.id === space.folderId) ? space.folderId : null;
      map.set(folderId, [...(map.get(folderId) ?? []), space]);
    }
    return map;
  }, [folders, spaces]);

  if (folders.length === 0 && spaces.length === 0) {
    return (
      <li role="none" className="tree-note muted">
        No spaces yet
      </li>
    );
  }
  return (
    <>
      {folders.map((folder) => (
        <FolderTreeItem
          key={folder.id}
          folder={folder}
          spaces={byFolder.get(folder.id) ?? []}
          currentSpaceId={currentSpaceId}
        />
      ))}
      {(byFolder.get(null) ?? []).map((space) => (
        <SpaceTreeItem key={space.id} space={space} level={2} current={space.id === currentSpaceId} />
      ))}
    </>
  );
}

function FolderTreeItem({
  folder,
  spaces,
  currentSpaceId,
}: {
  folder: Folder;
  spaces: SpaceEntry[];
  currentSpaceId: string | null;
}) {
  return (
    <TreeBranch label={folder.name} labelClass="tree-folder" level={2} tabIndex={-1}>
      {spaces.map((space) => (
        <SpaceTreeItem key={space.id} space={space} level={3} current={space.id === currentSpaceId} />
      ))}
    </TreeBranch>
  );
}

function SpaceTreeItem({ space, level, current }: { space: SpaceEntry; level: number; current: boolean }) {
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-selected={current}
      aria-current={current ? 'page' : undefined}
      tabIndex={-1}
      className="tree-item tree-space"
      onClick={(event) => {
        event.stopPropagation();
        navigate(spacePath(space.id));
      }}
    >
      {space.name}
    </li>
  );
}
