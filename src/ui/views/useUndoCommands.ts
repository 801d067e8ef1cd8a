// Undo and redo of the user's own edits on a space, as commands (palette and shortcuts), for every view
// that edits it: a drop on the board and a reschedule on the calendar are each one undo step.
import { useCallback, useContext, useMemo } from 'react';
import { announce } from '../common/announce';
import { focusSoon, refinder } from '../common/byData';
import { ReadOnlyContext } from '../common/readOnly';
import type { SpaceStore } from '../../state/index.ts';
import type { SpaceActions } from '../../sync/index.ts';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';
import { cardsNow, stepWords } from './undoWords';

/**
 * Registers Undo (Mod+Z) and Redo (Mod+Shift+Z, Mod+Y) while the view is mounted. `busy` is read when a
 * command runs (a drag in progress turns both off); a failure is reported through `onError`, a success
 * clears it. Given the space's `store`, each step is said with what it changed ("Undone: Claim 4711 is at
 * position 1 of 3 in To do.").
 */
export function useUndoCommands(
  actions: Pick<SpaceActions, 'undo' | 'redo'>,
  onError: (message: string | null) => void,
  busy: () => boolean = () => false,
  store?: SpaceStore,
): void {
  // A reader's view offers no edits, undoing included (a space archived while open turns read-only too).
  const readOnly = useContext(ReadOnlyContext);
  const run = useCallback(
    (step: () => boolean, what: 'undo' | 'redo') => {
      // An undone move redraws the card in its old place, as a new element: the focus follows it there.
      const refind = refinder(document.activeElement);
      const before = store && cardsNow(store.getState());
      try {
        const stepped = step();
        onError(null);
        // Said, as the change may be far from the focus (a card back in another column).
        const done = what === 'undo' ? 'Undone' : 'Redone';
        const words = before && stepWords(before, store.getState());
        announce(stepped ? (words ? `${done}: ${words}.` : `${done}.`) : `Nothing to ${what}.`);
      } catch (caught) {
        onError(`Could not ${what}: ${caught instanceof Error ? caught.message : 'unknown error'}`);
      }
      if (refind) focusSoon(() => (document.activeElement === document.body ? refind() : null), 3);
    },
    [onError, store],
  );
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'undo',
        label: 'Undo',
        keys: 'Mod+Z',
        enabled: () => !readOnly && !busy(),
        perform: () => run(actions.undo, 'undo'),
      },
      {
        id: 'redo',
        label: 'Redo',
        keys: 'Mod+Shift+Z',
        alsoKeys: ['Mod+Y'],
        enabled: () => !readOnly && !busy(),
        perform: () => run(actions.redo, 'redo'),
      },
    ],
    [actions, run, busy, readOnly],
  );
  useCommands(commands);
}
