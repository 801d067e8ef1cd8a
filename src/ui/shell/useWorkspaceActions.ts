import { useContext, useEffect, useState } from 'react';
import { docName } from '../../domain/index.ts';
import { bindWorkspaceActions, type WorkspaceActions } from '../../sync/index.ts';
import { PoolContext } from './pool';

/**
 * The structure edits of one workspace's document, acting as `userId`, or null until bound. It holds
 * only the document's handle: the pool shares it with the sidebar's open copy, so nothing loads twice.
 * Outside the app shell (no pool) there is nothing to write to, and the tree only reads.
 */
export function useWorkspaceActions(workspaceId: string, userId: string | null): WorkspaceActions | null {
  const pool = useContext(PoolContext);
  const [actions, setActions] = useState<WorkspaceActions | null>(null);
  useEffect(() => {
    if (userId === null || pool === null) return;
    const handle = pool.acquire(docName('workspace', workspaceId));
    setActions(bindWorkspaceActions(handle, userId));
    return () => {
      handle.release();
      setActions(null);
    };
  }, [pool, workspaceId, userId]);
  return actions;
}
