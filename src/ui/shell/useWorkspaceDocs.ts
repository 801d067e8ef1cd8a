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
    // A document the pool already holds with content (the list changed: a workspace was added) shows at
    // once, so the others do not blink back to "Opening…".
    const holding = ([, document]: (typeof opened)[number]) => document.handle.doc.store.clients.size > 0;
    setStores(Object.fromEntries(opened.filter(holding).map(([id, document]) => [id, document.store])));
    for (const [id, document] of opened) {
      if (holding([id, document])) continue;
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
