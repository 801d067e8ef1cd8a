/**
 * A yes/no choice of how this device shows something (a column collapsed, a tree item closed), kept in
 * this browser's storage per item so a reload shows it as it was left. Not data of the space or the
 * workspace: it is not synced, and a browser that keeps no storage simply shows the default.
 */
import { useCallback, useState } from 'react';

/** The ids stored under `storageKey` (a JSON list), or none when it is missing or unreadable. */
function idsUnder(storageKey: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * Whether `id` is in the list kept under `storageKey`, and a setter that remembers the choice. A list left
 * empty is removed from storage.
 */
export function useRememberedFlag(storageKey: string, id: string): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => idsUnder(storageKey).has(id));
  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      const ids = idsUnder(storageKey);
      if (next) ids.add(id);
      else ids.delete(id);
      try {
        if (ids.size > 0) localStorage.setItem(storageKey, JSON.stringify([...ids]));
        else localStorage.removeItem(storageKey);
      } catch {
        // Storage full or switched off: the choice holds for this visit.
      }
    },
    [storageKey, id],
  );
  return [on, set];
}
