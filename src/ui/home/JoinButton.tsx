import { useCallback } from 'react';
import { joinWorkspace, type Workspace } from '../api';
import { FormError } from '../common/FormError';
import { useSubmit } from '../common/useSubmit';

interface JoinButtonProps {
  workspace: Workspace;
  onJoined: (role: Workspace['role']) => void;
}

/** A public workspace is readable by everyone; joining makes the user a member who can add to it. */
export function JoinButton({ workspace, onJoined }: JoinButtonProps) {
  const action = useCallback(
    async () => onJoined(await joinWorkspace(workspace.id)),
    [workspace.id, onJoined],
  );
  const { submit, pending, error } = useSubmit(action);
  return (
    <div className="stack">
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => void submit()}
          aria-disabled={pending}
          aria-label={`Join ${workspace.name}`}
        >
          Join
        </button>
      </div>
      <FormError message={error} />
    </div>
  );
}
