import { useCallback, useEffect, useRef, useState } from 'react';
import type { User, Workspace } from '../api';
import { FormError } from '../common/FormError';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useWorkspaceList, type WorkspaceList as Listed } from '../shell/useWorkspaceList';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { DemoOffer } from './DemoOffer';
import { WorkspaceList } from './WorkspaceList';

/** The user's workspaces as the server lists them, and how to ask it again. */
export interface WorkspaceListing {
  workspaces: Listed;
  reload: () => void;
}

interface HomeProps {
  user: User;
  /**
   * The app shell's listing, shared with the sidebar so both show (and refresh) the same list with one
   * request; without it (the page on its own) the home asks the server itself.
   */
  listing?: WorkspaceListing;
  /** Told after a workspace was created here, so the sidebar can list it too. */
  onWorkspacesChanged?: () => void;
}

const NONE: Workspace[] = [];

/** The signed-in start page: the user's workspaces and the forms to add more. */
export function Home({ listing, ...props }: HomeProps) {
  return listing ? <HomePage {...props} listing={listing} /> : <OwnListing {...props} />;
}

function OwnListing(props: Omit<HomeProps, 'listing'>) {
  const listing = useWorkspaceList(props.user);
  return <HomePage {...props} listing={listing} />;
}

function HomePage({ user, listing, onWorkspacesChanged }: HomeProps & { listing: WorkspaceListing }) {
  const { workspaces, reload } = listing;
  // Created here and not listed yet: shown at once rather than after the next listing.
  const [created, setCreated] = useState<Workspace[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle('Home');

  // After signing in, focus would otherwise be left on a form that no longer exists.
  useEffect(() => heading.current?.focus(), []);

  const onCreated = useCallback(
    (workspace: Workspace) => {
      setCreated((list) => [...list, workspace]);
      onWorkspacesChanged?.();
    },
    [onWorkspacesChanged],
  );

  const listed = workspaces.state === 'ready' ? workspaces.list : NONE;
  // Once listed, the server's entry is the one to follow (a later listing may drop it or change its role).
  useEffect(() => {
    setCreated((list) => {
      const pending = list.filter((workspace) => !listed.some((entry) => entry.id === workspace.id));
      return pending.length === list.length ? list : pending;
    });
  }, [listed]);
  const shown =
    workspaces.state === 'ready' || created.length > 0
      ? [...listed, ...created.filter((workspace) => !listed.some((entry) => entry.id === workspace.id))]
      : null;

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
            <button type="button" onClick={reload}>
              Try again
            </button>
          </div>
        )}
        {/* First run: the instance's owner, with nothing yet, may start from the demo workspace. */}
        {shown?.length === 0 && user.instanceRole === 'owner' && (
          <DemoOffer userId={user.id} onCreated={onCreated} />
        )}
        {shown && (
          <WorkspaceList
            workspaces={shown.filter((workspace) => !workspace.archived)}
            archived={shown.filter((workspace) => workspace.archived).length}
            onMembershipChanged={reload}
          />
        )}
        <CreateWorkspaceForm onCreated={onCreated} />
      </section>
    </div>
  );
}
