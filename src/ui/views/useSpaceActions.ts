import { useEffect, useState } from 'react';
import { bindSpaceActions, type OpenSpace, type SpaceActions } from '../../sync/index.ts';
import { reportRefusedWrite } from '../shell/RefusedWrites';

/**
 * The writes of one visit of a space as `userId`, null until it is open: bound with an undo history that
 * starts empty and ends with the visit. Writes made while the board still shows its snapshot wait for the
 * document; one the document then refuses is told at the app's level (`RefusedWrites`), as it may run
 * after this view has closed.
 */
export function useSpaceActions(opened: OpenSpace | null, userId: string): SpaceActions | null {
  const [actions, setActions] = useState<SpaceActions | null>(null);
  useEffect(() => {
    if (!opened) return;
    const bound = bindSpaceActions(opened.handle, userId, {
      whenLive: opened.whenLive,
      load: opened.load,
      hold: () => opened.hold(),
      onRefused: reportRefusedWrite,
    });
    setActions(bound);
    return () => {
      bound.destroy();
      setActions((current) => (current === bound ? null : current));
    };
  }, [opened, userId]);
  return actions;
}
