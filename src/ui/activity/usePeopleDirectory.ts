import { useEffect, useState } from 'react';
import { listMembers } from '../api';

/**
 * Names of the users of the given workspaces, by id, from their member directories: the people the
 * person filter offers and the names of people an event mentions (made responsible, added as co-worker).
 * A directory that cannot be read (offline, refused) is left out; the stream names its actors itself.
 */
export function usePeopleDirectory(workspaceIds: readonly string[]): Record<string, string> {
  const [people, setPeople] = useState<Record<string, string>>({});
  const key = [...workspaceIds].sort().join(',');
  useEffect(() => {
    let current = true;
    const ids = key === '' ? [] : key.split(',');
    void Promise.allSettled(ids.map((id) => listMembers(id))).then((results) => {
      if (!current) return;
      const found: Record<string, string> = {};
      for (const result of results) {
        if (result.status === 'fulfilled') for (const member of result.value) found[member.id] = member.name;
      }
      setPeople(found);
    });
    return () => {
      current = false;
    };
  }, [key]);
  return people;
}
