import type { Workspace } from '../api';
import { WorkspaceItem } from './WorkspaceItem';

interface WorkspaceListProps {
  workspaces: Workspace[];
  /** How many of the user's workspaces are archived (not in `workspaces`). */
  archived?: number;
  /** Told when the user changed their own membership (role or leaving), so the list is asked again. */
  onMembershipChanged?: () => void;
}

export function WorkspaceList({ workspaces, archived = 0, onMembershipChanged }: WorkspaceListProps) {
  if (workspaces.length === 0) {
    // Archived workspaces are not gone: say where they are rather than that there are none.
    return archived > 0 ? (
      <p className="muted">
        {archived === 1
          ? 'Your only workspace is archived.'
          : `All ${archived} of your workspaces are archived.`}{' '}
        Tick “Show archived” in the sidebar to see and restore {archived === 1 ? 'it' : 'them'}, or create a
        new one below.
      </p>
    ) : (
      // A new colleague is more often waiting to be added to the team's workspace than starting one.
      <p className="muted">
        No workspaces yet. Create the first one for your team below, or ask a colleague to add you to theirs:
        it shows here once they have.
      </p>
    );
  }
  return (
    <ul className="workspace-list" aria-label="Your workspaces">
      {workspaces.map((workspace) => (
        <WorkspaceItem key={workspace.id} workspace={workspace} onMembershipChanged={onMembershipChanged} />
      ))}
    </ul>
  );
}
