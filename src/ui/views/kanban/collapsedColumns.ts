/**
 * Which columns of a space are collapsed, kept in this browser's storage so a reload or a return to the
 * board shows them as they were left. A choice of how this device shows the board, not data of the space:
 * it is not synced, and a browser that keeps no storage simply shows every column open.
 */
import { useCallback, useState } from 'react';

const PREFIX = 'afterboard.collapsedColumns.';

function collapsedIn(spaceId: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PREFIX + spaceId) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Whether the column of `statusId` is collapsed in `spaceId`, and a setter that remembers the choice. */
export function useColumnCollapsed(
  spaceId: string,
  statusId: string,
): [boolean, (collapsed: boolean) => void] {
  const [collapsed, setCollapsed] = useState(() => collapsedIn(spaceId).has(statusId));
  const set = useCallback(
    (next: boolean) => {
      setCollapsed(next);
      const ids = collapsedIn(spaceId);
      if (next) ids.add(statusId);
      else ids.delete(statusId);
      try {
        if (ids.size > 0) localStorage.setItem(PREFIX + spaceId, JSON.stringify([...ids]));
        else localStorage.removeItem(PREFIX + spaceId);
      } catch {
        // Storage full or switched off: the column stays as chosen for this visit.
      }
    },
    [spaceId, statusId],
  );
  return [collapsed, set];
}
