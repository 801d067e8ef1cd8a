import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sortKeyed } from '../../domain/index.ts';
import { useWorkspaceStore, type WorkspaceStore } from '../../state/index.ts';
import {
  bindWorkspaceActions,
  openWorkspace,
  type DocumentPool,
  type OpenDocument,
} from '../../sync/index.ts';
import type { User, Workspace } from '../api';
import { useOpenDocument } from '../shell/useOpenDocument';
import { CreateFolderForm } from './CreateFolderForm';
import { CreateSpaceForm, type CreatedSpace } from './CreateSpaceForm';

interface LiveWorkspaceFormsProps {
  pool: DocumentPool;
  user: User;
  workspace: Workspace;
  onCreated: (space: CreatedSpace) => void;
  autoFocus: boolean;
}

/** The forms of a workspace that need its document: new folders (owners), and new spaces placed in a folder. */
export function LiveWorkspaceForms({ pool, user, workspace, onCreated, autoFocus }: LiveWorkspaceFormsProps) {
  const opened = useOpenDocument(pool, workspace.id, openWorkspace);
  if (!opened) return <CreateSpaceForm workspace={workspace} onCreated={onCreated} autoFocus={autoFocus} />;
  return (
    <Loaded opened={opened} user={user} workspace={workspace} onCreated={onCreated} autoFocus={autoFocus} />
  );
}

function Loaded({
  opened,
  user,
  workspace,
  onCreated,
  autoFocus,
}: Omit<LiveWorkspaceFormsProps, 'pool'> & { opened: OpenDocument<WorkspaceStore> }) {
  const folders = useWorkspaceStore(
    opened.store,
    useShallow((state) => sortKeyed(Object.values(state.folders).filter((folder) => !folder.archived))),
  );
  const actions = useMemo(() => bindWorkspaceActions(opened.handle, user.id), [opened.handle, user.id]);
  return (
    <>
      <CreateSpaceForm workspace={workspace} onCreated={onCreated} autoFocus={autoFocus} folders={folders} />
      {/* Owners manage the workspace's folders (docs/security.md); members add spaces. */}
      {workspace.role === 'owner' && <CreateFolderForm workspaceName={workspace.name} actions={actions} />}
    </>
  );
}
