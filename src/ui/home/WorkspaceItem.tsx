import { useCallback, useContext, useState } from 'react';
import type { Workspace } from '../api';
import { CreateSpaceForm, type CreatedSpace } from './CreateSpaceForm';
import { CurrentUserContext } from '../shell/currentUser';
import { PoolContext } from '../shell/pool';
import { WorkspaceStoresContext } from '../shell/workspaceStores';
import { JoinButton } from './JoinButton';
import { LiveWorkspaceForms } from './LiveWorkspaceForms';
import { PeopleSection } from './PeopleSection';
import { LiveSpaceLinks, SpaceLinks } from './SpaceLinks';
import { workspaceTypeLabel } from './workspaceTypes';

const ROLE_LABELS: Record<Workspace['role'], string> = {
  owner: 'You own it',
  member: 'You are a member',
  visitor: 'You are a visitor',
};

/**
 * One workspace: its spaces by name (live from the workspace's document inside the app shell; otherwise
 * the ones created here in this visit) and the forms to add more.
 */
export function WorkspaceItem({
  workspace: listed,
  onMembershipChanged,
}: {
  workspace: Workspace;
  onMembershipChanged?: () => void;
}) {
  // The role joining gave, until the listing says otherwise (an owner may change it later).
  const [joinedAs, setJoinedAs] = useState<{ listed: Workspace['role']; role: Workspace['role'] } | null>(
    null,
  );
  const role = joinedAs?.listed === listed.role ? joinedAs.role : listed.role;
  const joined = joinedAs !== null;
  const onJoined = useCallback(
    (newRole: Workspace['role']) => setJoinedAs({ listed: listed.role, role: newRole }),
    [listed.role],
  );
  const workspace = { ...listed, role };
  const [created, setCreated] = useState<CreatedSpace[]>([]);
  const onCreated = useCallback((space: CreatedSpace) => setCreated((list) => [...list, space]), []);
  const headingId = `workspace-${workspace.id}`;
  // Inside the app shell the workspace's document can be opened (folders); alone, the API forms suffice.
  const pool = useContext(PoolContext);
  const user = useContext(CurrentUserContext);
  const store = useContext(WorkspaceStoresContext)[workspace.id];

  return (
    <li className="workspace" aria-labelledby={headingId}>
      <div className="workspace-head">
        <h3 id={headingId}>{workspace.name}</h3>
        <span className="badge">{workspaceTypeLabel(workspace.type)}</span>
        <span className="muted">{ROLE_LABELS[workspace.role]}</span>
      </div>
      {store ? (
        <LiveSpaceLinks workspaceName={workspace.name} store={store} created={created} />
      ) : (
        <SpaceLinks workspaceName={workspace.name} spaces={created} />
      )}
      {/* Visitors read and comment only; the server refuses them a space, so the page does not offer one. */}
      {role === 'visitor' ? (
        workspace.type === 'public' && <JoinButton workspace={workspace} onJoined={onJoined} />
      ) : // The Join button is gone after joining; its focus moves on to what joining made possible.
      pool && user ? (
        <LiveWorkspaceForms
          pool={pool}
          user={user}
          workspace={workspace}
          onCreated={onCreated}
          autoFocus={joined}
        />
      ) : (
        <CreateSpaceForm workspace={workspace} onCreated={onCreated} autoFocus={joined} />
      )}
      <PeopleSection workspace={workspace} onOwnMembershipChanged={onMembershipChanged} />
    </li>
  );
}
