import { useCallback, useEffect, useState } from 'react';
import { listWorkspaces, type Workspace } from '../api';

export type WorkspaceList =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; list: Workspace[] };

/**
 * The workspaces the server says the user belongs to (or may see); `reload()` asks again. A failed
 * reload keeps showing the last list (offline, the sidebar keeps its workspaces).
 */
export function useWorkspaceList(): { workspaces: WorkspaceList; reload: () => void } {
  const [workspaces, setWorkspaces] = useState<WorkspaceList>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    listWorkspaces().then(
      (list) => current && setWorkspaces({ state: 'ready', list }),
      (error: Error) =>
        current &&
        setWorkspaces((prev) => (prev.state === 'ready' ? prev : { state: 'error', message: error.message })),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // Memberships change on the server (someone adds the user to a workspace): ask again when the user
  // comes back to the tab.
  useEffect(() => {
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [reload]);
  return { workspaces, reload };
}
