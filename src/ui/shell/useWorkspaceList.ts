import { useCallback, useContext, useEffect, useState } from 'react';
import type { User, Workspace } from '../api';
import { LocalIdentityContext } from '../auth/localIdentity';
import { loadWorkspaces } from './loadWorkspaces';

export type WorkspaceList =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; list: Workspace[] };

/** How often a visible page asks the server again for the user's workspaces (ms). */
export const WORKSPACE_REFRESH_MS = 30_000;

/** Whether two listings say the same: an unchanged answer keeps the old array, so nothing re-renders. */
function sameList(a: readonly Workspace[], b: readonly Workspace[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (w, i) =>
        w.id === b[i]?.id &&
        w.name === b[i]?.name &&
        w.type === b[i]?.type &&
        w.role === b[i]?.role &&
        Boolean(w.archived) === Boolean(b[i]?.archived),
    )
  );
}

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
      (list) =>
        current &&
        setWorkspaces((prev) =>
          prev.state === 'ready' && sameList(prev.list, list) ? prev : { state: 'ready', list },
        ),
      (error: Error) =>
        current &&
        setWorkspaces((prev) => (prev.state === 'ready' ? prev : { state: 'error', message: error.message })),
    );
    return () => {
      current = false;
    };
  }, [attempt, identity, user.id]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // Memberships change on the server (an owner adds the user to a workspace, or removes them) and
  // nothing pushes that to the page: ask again when the user comes back to the tab, and every
  // WORKSPACE_REFRESH_MS while the page is visible. A hidden tab skips its turns; coming back focuses it.
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, WORKSPACE_REFRESH_MS);
    window.addEventListener('focus', reload);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', reload);
    };
  }, [reload]);
  return { workspaces, reload };
}
