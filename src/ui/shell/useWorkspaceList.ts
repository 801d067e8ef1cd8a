import { useCallback, useContext, useEffect, useState } from 'react';
import type { User, Workspace } from '../api';
import { LocalIdentityContext } from '../auth/localIdentity';
import { loadWorkspaces } from './loadWorkspaces';

export type WorkspaceList =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; list: Workspace[] };

/**
 * The workspaces the server says the user belongs to (or may see); `reload()` asks again. A failed
 * reload keeps showing the last list (offline, the sidebar keeps its workspaces), and with the server
 * unreachable from the start the list this device remembers is shown.
 */
export function useWorkspaceList(user: User): { workspaces: WorkspaceList; reload: () => void } {
  const identity = useContext(LocalIdentityContext);
  const [workspaces, setWorkspaces] = useState<WorkspaceList>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    loadWorkspaces(identity, user.id).then(
      (list) => current && setWorkspaces({ state: 'ready', list }),
      (error: Error) =>
        current &&
        setWorkspaces((prev) => (prev.state === 'ready' ? prev : { state: 'error', message: error.message })),
    );
    return () => {
      current = false;
    };
  }, [attempt, identity, user.id]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // Memberships change on the server (someone adds the user to a workspace): ask again when the user
  // comes back to the tab.
  useEffect(() => {
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [reload]);
  return { workspaces, reload };
}
