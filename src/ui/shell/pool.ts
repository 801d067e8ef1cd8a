// One document pool per signed-in app: one socket per document however many components show it, and one
// local copy in IndexedDB that lets a reload paint the board before the server answers.
import { createContext, useContext, useEffect, useState } from 'react';
import {
  createDocumentPool,
  createOfflineStore,
  startLocalCompaction,
  type DocumentPool,
} from '../../sync/index.ts';

/** The app's pool, created when the signed-in app mounts and closed (local copy flushed) when it unmounts. */
export function useAppPool(): DocumentPool | null {
  const [pool, setPool] = useState<DocumentPool | null>(null);
  useEffect(() => {
    const offline = createOfflineStore();
    const compaction = startLocalCompaction();
    // No cross-tab BroadcastChannel: on every connect y-websocket posts the whole document to it (half a
    // second and a 10 MB message for a busy space). Tabs share edits through the server online and through
    // the shared IndexedDB copy offline (y-dexie follows other tabs' writes).
    const created = createDocumentPool({ serverUrl: window.location.origin, offline, disableBc: true });
    setPool(created);
    return () => {
      compaction.stop();
      void created.destroy().then(() => offline.close());
    };
  }, []);
  return pool;
}

export const PoolContext = createContext<DocumentPool | null>(null);

export function usePool(): DocumentPool {
  const pool = useContext(PoolContext);
  if (!pool) throw new Error('usePool needs a PoolContext provider (the app shell)');
  return pool;
}
