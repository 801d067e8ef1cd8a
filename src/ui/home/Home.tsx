import { useCallback, useEffect, useRef, useState } from 'react';
import { listWorkspaces, signOut, type User, type Workspace } from '../api';
import { FormError } from '../common/FormError';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useSubmit } from '../common/useSubmit';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { WorkspaceList } from './WorkspaceList';

interface HomeProps {
  user: User;
  onSignedOut: () => void;
}

type Loaded =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; list: Workspace[] };

/** The signed-in start page: who is signed in, their workspaces, and the forms to add more. */
export function Home({ user, onSignedOut }: HomeProps) {
  const [workspaces, setWorkspaces] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle('Home');

  // After signing in, focus would otherwise be left on a form that no longer exists.
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    let current = true;
    listWorkspaces().then(
      (list) => current && setWorkspaces({ state: 'ready', list }),
      (error: Error) => current && setWorkspaces({ state: 'error', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const signOutAction = useCallback(async () => {
    await signOut();
    onSignedOut();
  }, [onSignedOut]);
  const signingOut = useSubmit(signOutAction);

  const onCreated = useCallback((workspace: Workspace) => {
    setWorkspaces((loaded) => ({
      state: 'ready',
      list: [...(loaded.state === 'ready' ? loaded.list : []), workspace],
    }));
  }, []);

  return (
    <div className="home">
      <header className="topbar">
        <span className="brand">Afterboard</span>
        <span className="topbar-user">
          Signed in as <strong>{user.name}</strong>
        </span>
        <button type="button" onClick={() => void signingOut.submit()} aria-disabled={signingOut.pending}>
          Sign out
        </button>
      </header>
      <FormError message={signingOut.error} />
      <main className="home-main">
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
          {workspaces.state === 'ready' && <WorkspaceList workspaces={workspaces.list} />}
          <CreateWorkspaceForm onCreated={onCreated} />
        </section>
      </main>
    </div>
  );
}
