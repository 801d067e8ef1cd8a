import { useCallback, useEffect, useState } from 'react';
import { listMembers, type Member } from '../api';

export type People =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; list: Member[] };

/**
 * A workspace's member directory, sorted by name, for the home's People section; `reload()` asks again
 * after a change. A failed reload keeps the last list: the change itself reports its own error.
 */
export function usePeople(workspaceId: string): { people: People; reload: () => void } {
  const [people, setPeople] = useState<People>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    listMembers(workspaceId).then(
      (members) =>
        current &&
        setPeople({ state: 'ready', list: [...members].sort((a, b) => a.name.localeCompare(b.name)) }),
      (error: Error) =>
        current &&
        setPeople((prev) => (prev.state === 'ready' ? prev : { state: 'error', message: error.message })),
    );
    return () => {
      current = false;
    };
  }, [workspaceId, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { people, reload };
}
