import { useEffect, useState } from 'react';
import { docName } from '../../domain/index.ts';
import { joinPresence, type DocumentPool, type Presence } from '../../sync/index.ts';

/**
 * The signed-in user's presence on the space on screen, held by the shell so that the header shows who
 * else is here and the board marks what they drag. It holds the space document's handle only (its
 * awareness); the pool shares the one socket with the board's own handle.
 */
export function useSpacePresence(
  pool: DocumentPool,
  spaceId: string | null,
  user: { id: string; name: string },
): Presence | null {
  const [presence, setPresence] = useState<Presence | null>(null);
  const { id, name } = user;
  useEffect(() => {
    if (spaceId === null) return;
    let handle;
    try {
      handle = pool.acquire(docName('space', spaceId));
    } catch {
      // A malformed id in the address: the space page says so; there is nobody to be present with.
      return;
    }
    const joined = joinPresence(handle, { id, name });
    setPresence(joined);
    return () => {
      joined.destroy();
      handle.release();
      setPresence((current) => (current === joined ? null : current));
    };
  }, [pool, spaceId, id, name]);
  return presence;
}
