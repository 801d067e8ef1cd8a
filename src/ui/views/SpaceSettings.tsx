import { useContext, useMemo, useState, type FormEvent } from 'react';
import { bindWorkspaceActions, openWorkspace } from '../../sync/index.ts';
import type { User } from '../api';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';
import { NameField } from '../common/Field';
import { focusSoon } from '../common/byData';
import { currentViewButton } from '../common/currentViewButton';
import { FormError } from '../common/FormError';
import { usePool } from '../shell/pool';
import { navigate } from '../shell/route';
import { useOpenDocument } from '../shell/useOpenDocument';
import { useArchivedFolderOf } from '../shell/useSpaceEntry';
import { ArchiveNoticeContext } from '../shell/ArchiveNotice';
import { WorkspaceStoresContext } from '../shell/workspaceStores';

interface SpaceSettingsProps {
  workspaceId: string;
  spaceId: string;
  spaceName: string;
  user: User;
  /** Whether the user may archive it: owners manage spaces, members only rename them. */
  canArchive: boolean;
  /** The space is archived: this says so (it reads as it was left) and offers an owner to restore it. */
  archived?: boolean;
}

/**
 * Renaming and archiving the space on screen. Both are edits of the workspace's document (where the
 * space is listed), so they sync like any edit and everyone's sidebar follows.
 */
export function SpaceSettings({
  workspaceId,
  spaceId,
  spaceName,
  user,
  canArchive,
  archived = false,
}: SpaceSettingsProps) {
  const pool = usePool();
  const opened = useOpenDocument(pool, workspaceId, openWorkspace);
  const actions = useMemo(
    () => (opened ? bindWorkspaceActions(opened.handle, user.id) : null),
    [opened, user.id],
  );
  const archivedFolder = useArchivedFolderOf(useContext(WorkspaceStoresContext), spaceId);
  const [mode, setMode] = useState<'idle' | 'renaming' | 'archiving'>('idle');
  const onArchived = useContext(ArchiveNoticeContext);
  const [name, setName] = useState(spaceName);
  const [error, setError] = useState<string | null>(null);
  useCommands(
    useMemo<Command[]>(
      () =>
        archived
          ? []
          : [
              {
                id: 'rename-space',
                label: 'Rename this space',
                perform: () => {
                  setName(spaceName);
                  setMode('renaming');
                },
              },
            ],
      [archived, spaceName],
    ),
  );
  if (!actions) return null;

  const run = (what: string, write: () => void) => {
    try {
      write();
      setError(null);
      setMode('idle');
    } catch (caught) {
      setError(`Could not ${what}: ${caught instanceof Error ? caught.message : 'unknown error'}`);
    }
  };
  const onRename = (event: FormEvent) => {
    event.preventDefault();
    run('rename the space', () => actions.renameSpace({ spaceId, name: name.trim() }));
  };

  // The space page says it is archived; an owner restores it here, or the folder that put it away.
  if (archived) {
    if (!canArchive) return null;
    return (
      <div className="space-settings">
        <button
          type="button"
          onClick={() => {
            if (archivedFolder) {
              const folderId = archivedFolder.id;
              run('restore the folder', () => actions.archiveFolder({ folderId, archived: false }));
            } else run('restore the space', () => actions.archiveSpace({ spaceId, archived: false }));
            // The button goes with the archived state; the space's current view button takes the focus.
            focusSoon(currentViewButton);
          }}
        >
          {archivedFolder ? `Restore folder ${archivedFolder.name}` : 'Restore space'}
        </button>
        <FormError message={error} />
      </div>
    );
  }

  return (
    <div className="space-settings">
      {mode === 'idle' && (
        <>
          <button
            type="button"
            onClick={() => {
              setName(spaceName);
              setMode('renaming');
            }}
          >
            Rename space
          </button>
          {canArchive && (
            <button type="button" onClick={() => setMode('archiving')}>
              Archive space
            </button>
          )}
        </>
      )}
      {mode === 'renaming' && (
        <form className="row" onSubmit={onRename} aria-label="Rename space">
          <NameField label="New name" value={name} onChange={setName} autoFocus />
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      )}
      {mode === 'archiving' && (
        <div className="row" role="group" aria-label="Archive space">
          <span>Archive {spaceName} for everyone?</span>
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() =>
              run('archive the space', () => {
                actions.archiveSpace({ spaceId, archived: true });
                // Said, with Undo, where the sidebar says its own archives: the page goes home.
                onArchived({
                  kind: 'space',
                  name: spaceName,
                  restore: () => actions.archiveSpace({ spaceId, archived: false }),
                });
                navigate('/');
                // The focus, on the button that went with the page, goes to that Undo (shown where the
                // sidebar is), or to the home page's heading.
                focusSoon(
                  () => {
                    const undo = document.querySelector<HTMLElement>('[data-archive-undo]');
                    return undo !== null && undo.getClientRects().length > 0 ? undo : null;
                  },
                  10,
                  () => document.querySelector<HTMLElement>('main h1'),
                );
              })
            }
          >
            Archive
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Keep it
          </button>
        </div>
      )}
      <FormError message={error} />
    </div>
  );
}
