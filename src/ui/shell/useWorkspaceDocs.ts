import { useEffect, useState } from 'react';
import type { WorkspaceStore } from '../../state/index.ts';
import { openWorkspace, type DocumentPool } from '../../sync/index.ts';

/**
 * Keeps the documents of the listed workspaces open for as long as the shell shows them, so the sidebar
 * and the header read folder and space names live (another person's new space appears without a reload).
 * Returns their stores by workspace id; a workspace appears once its document is open.
 */
export function useWorkspaceDocs(pool: DocumentPool, ids: readonly string[]): Record<string, WorkspaceStore> {
  const [stores, setStores] = useState<Record<string, WorkspaceStore>>({});
  const key = ids.join(' ');
  useEffect(() => {
    const opened = key === '' ? [] : key.split(' ').map((id) => [id, openWorkspace(pool, id)] as const);
    setStores(Object.fromEntries(opened.map(([id, document]) => [id, document.store])));
    return () => {
      for (const [, document] of opened) document.close();
    };
  }, [pool, key]);
  return stores;
}
