import type { Workspace } from '../api';
import { WorkspaceItem } from './WorkspaceItem';

export function WorkspaceList({ workspaces }: { workspaces: Workspace[] }) {
  if (workspaces.length === 0) {
    return <p className="muted">No workspaces yet. Create the first one for your team below.</p>;
  }
  return (
    <ul className="workspace-list" aria-label="Your workspaces">
      {workspaces.map((workspace) => (
        <WorkspaceItem key={workspace.id} workspace={workspace} />
      ))}
    </ul>
  );
}
