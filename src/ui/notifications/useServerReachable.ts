import { useContext } from 'react';
import { createConnectionStore, useConnection } from '../../state/index.ts';
import { PoolContext } from '../shell/pool';

/**
 * Whether the documents' sockets reach the server now: API calls that only the server can answer (the
 * unread count, a card's follow choice) wait for this rather than fail while offline. True outside the
 * signed-in shell, where there is no pool to ask.
 */
/** Stands in for the pool's store outside the shell. */
const ALWAYS_ONLINE = createConnectionStore();

export function useServerReachable(): boolean {
  const pool = useContext(PoolContext);
  return useConnection(
    pool?.connection ?? ALWAYS_ONLINE,
    // With no document open yet (a reload, before the pool opens any) nothing says the server is there.
    // The shell always holds the user's own document open (reminders), so this is brief.
    (s) =>
      (pool === null || Object.keys(s.docs).length > 0) &&
      (s.aggregate === 'online' || s.aggregate === 'syncing'),
  );
}
