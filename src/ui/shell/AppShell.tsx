import { useMemo } from 'react';
import type { DocumentPool } from '../../sync/index.ts';
import type { User } from '../api';
import { Home } from '../home/Home';
import { SpacePage } from '../views/SpacePage';
import { Header } from './Header';
import { PoolContext, useAppPool } from './pool';
import { parseRoute, usePathname } from './route';
import { Sidebar } from './Sidebar';
import { useSpaceEntry } from './useSpaceEntry';
import { useWorkspaceDocs } from './useWorkspaceDocs';
import { useWorkspaceList } from './useWorkspaceList';

interface AppShellProps {
  user: User;
  onSignedOut: () => void;
}

/** The signed-in app: header, the workspace tree, and the page the URL names. */
export function AppShell({ user, onSignedOut }: AppShellProps) {
  const pool = useAppPool();
  if (!pool) return null;
  return <Shell user={user} onSignedOut={onSignedOut} pool={pool} />;
}

function Shell({ user, onSignedOut, pool }: AppShellProps & { pool: DocumentPool }) {
  const route = parseRoute(usePathname());
  const spaceId = route.name === 'space' ? route.spaceId : null;
  const { workspaces, reload } = useWorkspaceList();
  const ids = useMemo(
    () => (workspaces.state === 'ready' ? workspaces.list.map((workspace) => workspace.id) : []),
    [workspaces],
  );
  const stores = useWorkspaceDocs(pool, ids);
  const entry = useSpaceEntry(stores, spaceId);
  const spaceName = spaceId === null ? null : (entry?.name ?? 'Space');

  return (
    <PoolContext.Provider value={pool}>
      <div className="shell">
        <Header user={user} spaceName={spaceName} connection={pool.connection} onSignedOut={onSignedOut} />
        <Sidebar workspaces={workspaces} stores={stores} currentSpaceId={spaceId} onRetry={reload} />
        <main className="shell-main">
          {spaceId === null ? (
            <Home user={user} onWorkspacesChanged={reload} />
          ) : (
            <SpacePage key={spaceId} spaceId={spaceId} spaceName={spaceName ?? ''} user={user} />
          )}
        </main>
      </div>
    </PoolContext.Provider>
  );
}
