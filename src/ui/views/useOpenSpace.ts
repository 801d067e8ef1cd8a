import { useEffect, useState } from 'react';
import {
  createBoardSnapshots,
  openSpace,
  type BoardSnapshots,
  type DocumentPool,
  type OpenSpace,
} from '../../sync/index.ts';

let snapshots: BoardSnapshots | null = null;

/**
 * The app's board snapshots: one per page, like the local database they live in. Called at start
 * (`main.tsx`) so that its database is open before the first space is: a read waiting for the open would
 * come after the document's own rows.
 */
export function appSnapshots(): BoardSnapshots {
  snapshots ??= createBoardSnapshots({ serverUrl: window.location.origin });
  return snapshots;
}

/**
 * Holds a space open while the component is mounted (or until `spaceId` changes): its board paints from
 * a board snapshot until the document is loaded (see `sync/openDocument.ts`). Null before the first
 * effect.
 */
export function useOpenSpace(pool: DocumentPool, spaceId: string): OpenSpace | null {
  const [opened, setOpened] = useState<OpenSpace | null>(null);
  useEffect(() => {
    const space = openSpace(pool, spaceId, { snapshots: appSnapshots() });
    setOpened(space);
    return () => {
      space.close();
      setOpened((current) => (current === space ? null : current));
    };
  }, [pool, spaceId]);
  return opened;
}
