import { useEffect, useState } from 'react';
import { bindSpaceActions, type OpenSpace, type SpaceActions } from '../../sync/index.ts';

export interface BoundSpaceActions {
  /** The space's writes as `userId`, null until the space is open. */
  actions: SpaceActions | null;
  /** What the loaded document refused of the writes made on its snapshot, as a sentence; else null. */
  refused: string | null;
}

/**
 * The writes of one visit of a space: bound once it is open, with an undo history that starts empty and
 * ends with the visit. Writes made while the board still shows its snapshot wait for the document; one
 * that the document then refuses (the card was archived elsewhere meanwhile) is reported, not dropped
 * silently.
 */
export function useSpaceActions(opened: OpenSpace | null, userId: string): BoundSpaceActions {
  const [actions, setActions] = useState<SpaceActions | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    if (!opened) return;
    const bound = bindSpaceActions(opened.handle, userId, {
      whenLive: opened.whenLive,
      load: opened.load,
      hold: () => opened.hold(),
      onRefused: (error) =>
        setRefused(
          'A change made while the space was loading was not saved: ' +
            (error instanceof Error ? error.message : 'the space refused it.'),
        ),
    });
    setActions(bound);
    return () => {
      bound.destroy();
      setActions((current) => (current === bound ? null : current));
      setRefused(null);
    };
  }, [opened, userId]);
  return { actions, refused };
}
