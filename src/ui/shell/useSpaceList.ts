import { useEffect, useState } from 'react';
import type { WorkspaceStore } from '../../state/index.ts';

export interface SpaceLink {
  id: string;
  name: string;
}

/** Every unarchived space of the open workspaces, by name, followed live (for the command palette). */
export function useSpaceList(stores: Record<string, WorkspaceStore>): SpaceLink[] {
  const [spaces, setSpaces] = useState<SpaceLink[]>([]);
  useEffect(() => {
    const read = () => {
      const list = Object.values(stores)
        .flatMap((store) => Object.values(store.getState().spaces))
        .filter((space) => !space.archived)
        .map((space) => ({ id: space.id, name: space.name }))
        .sort((a, b) => a.name.localeCompare(b.name));
      setSpaces((prev) => (JSON.stringify(prev) === JSON.stringify(list) ? prev : list));
    };
    read();
    const stops = Object.values(stores).map((store) => store.subscribe(read));
    return () => stops.forEach((stop) => stop());
  }, [stores]);
  return spaces;
}
