import { useEffect, useState } from 'react';
import type { DocumentHandle } from '../../sync/index.ts';

/**
 * Whether every one of `handles` has its local copy applied (or has none to apply: a first visit, or an
 * IndexedDB that failed, which the connection state reports). A view drawn from several documents waits
 * for this so it paints once, from all of them, instead of once per document as each arrives.
 */
export function useLocalCopies(handles: readonly (DocumentHandle | null | undefined)[]): boolean {
  const present = handles.filter((handle): handle is DocumentHandle => Boolean(handle));
  const complete = present.length === handles.length;
  const [readyFor, setReadyFor] = useState<readonly DocumentHandle[] | null>(null);
  const key = present.map((handle) => handle.name).join('\n');
  useEffect(() => {
    if (!complete) return;
    let live = true;
    void Promise.allSettled(present.map((handle) => handle.whenLocal)).then(() => {
      if (live) setReadyFor(present);
    });
    return () => {
      live = false;
    };
    // `key` names the handles; the array itself is new on every render.
  }, [complete, key]);
  return complete && readyFor !== null && present.every((handle, i) => readyFor[i] === handle);
}
