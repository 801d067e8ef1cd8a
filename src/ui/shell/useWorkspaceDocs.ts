import { useEffect, useState } from 'react';
import type { WorkspaceStore } from '../../state/index.ts';
import { openWorkspace, whenDocumentLoaded, type DocumentPool } from '../../sync/index.ts';

/**
 * Keeps the documents of the listed workspaces open for as long as the shell shows them, so the sidebar
 * and the header read folder and space names live (another person's new space appears without a reload).
 * Returns their stores by workspace id. A workspace appears once its document is loaded (its local copy,
 * or on a first visit the server's): an empty store read "No spaces yet" and named the space on screen
 * "Space" while the document was on its way. One the server refuses appears with what it holds.
 */
export function useWorkspaceDocs(pool: DocumentPool, ids: readonly string[]): Record<string, WorkspaceStore> {
  const [stores, setStores] = useState<Record<string, WorkspaceStore>>({});
  const key = ids.join(' ');
  useEffect(() => {
    const opened = key === '' ? [] : key.split(' ').map((id) => [id, openWorkspace(pool, id)] as const);
    let closed = false;
    setStores({});
    for (const [id, document] of opened) {
      const show = () => {
        if (!closed) setStores((shown) => ({ ...shown, [id]: document.store }));
      };
      whenDocumentLoaded(document.handle).then(show, show);
    }
    return () => {
      closed = true;
      for (const [, document] of opened) document.close();
    };
  }, [pool, key]);
  return stores;
}
