import type { Workspace } from '../api';
import { WorkspaceItem } from './WorkspaceItem';

interface WorkspaceListProps {
  workspaces: Workspace[];
  /** Told when the user changed their own membership (role or leaving), so the list is asked again. */
  onMembershipChanged?: () => void;
}

export function WorkspaceList({ workspaces, onMembershipChanged }: WorkspaceListProps) {
  if (workspaces.length === 0) {
    return <p className="muted">No workspaces yet. Create the first one for your team below.</p>;
  }
  return (
    <ul className="workspace-list" aria-label="Your workspaces">
      {workspaces.map((workspace) => (
        <WorkspaceItem key={workspace.id} workspace={workspace} onMembershipChanged={onMembershipChanged} />
      ))}
    </ul>
  );
}
