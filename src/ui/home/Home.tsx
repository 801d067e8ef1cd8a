import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { User, Workspace } from '../api';
import { LocalIdentityContext } from '../auth/localIdentity';
import { FormError } from '../common/FormError';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { loadWorkspaces } from '../shell/loadWorkspaces';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { DemoOffer } from './DemoOffer';
import { WorkspaceList } from './WorkspaceList';

interface HomeProps {
  user: User;
  /** Told after a workspace was created here, so the sidebar can list it too. */
  onWorkspacesChanged?: () => void;
}

type Loaded =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; list: Workspace[] };

/** The signed-in start page: the user's workspaces and the forms to add more. */
export function Home({ user, onWorkspacesChanged }: HomeProps) {
  const identity = useContext(LocalIdentityContext);
  const [workspaces, setWorkspaces] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle('Home');

  // After signing in, focus would otherwise be left on a form that no longer exists.
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    let current = true;
    loadWorkspaces(identity, user.id).then(
      (list) => current && setWorkspaces({ state: 'ready', list }),
      (error: Error) => current && setWorkspaces({ state: 'error', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [attempt, identity, user.id]);

  const onCreated = useCallback(
    (workspace: Workspace) => {
      setWorkspaces((loaded) => ({
        state: 'ready',
        list: [...(loaded.state === 'ready' ? loaded.list : []), workspace],
      }));
      onWorkspacesChanged?.();
    },
    [onWorkspacesChanged],
  );

  return (
    <div className="home-main">
      <h1 ref={heading} tabIndex={-1}>
        Welcome, {user.name}
      </h1>
      <section aria-labelledby="workspaces-heading" className="stack">
        <h2 id="workspaces-heading">Workspaces</h2>
        {workspaces.state === 'loading' && (
          <p className="muted" aria-busy="true">
            Loading workspaces…
          </p>
        )}
        {workspaces.state === 'error' && (
          <div className="stack">
            <FormError message={`Could not load your workspaces: ${workspaces.message}`} />
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </button>
          </div>
        )}
        {/* First run: the instance's owner, with nothing yet, may start from the demo workspace. */}
        {workspaces.state === 'ready' && workspaces.list.length === 0 && user.instanceRole === 'owner' && (
          <DemoOffer userId={user.id} onCreated={onCreated} />
        )}
        {workspaces.state === 'ready' && <WorkspaceList workspaces={workspaces.list} />}
        <CreateWorkspaceForm onCreated={onCreated} />
      </section>
    </div>
  );
}
