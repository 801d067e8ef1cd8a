// Undo and redo of the user's own edits on a space, as commands (palette and shortcuts), for every view
// that edits it: a drop on the board and a reschedule on the calendar are each one undo step.
import { useCallback, useContext, useMemo } from 'react';
import { announce } from '../common/announce';
import { focusSoon, refinder } from '../common/byData';
import { ReadOnlyContext } from '../common/readOnly';
import type { SpaceActions } from '../../sync/index.ts';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';

/** How a view words what a step did: what it looks at before the step, and the words after it. */
export interface StepWords<Before> {
  before(): Before;
  /** A clause ("Claim 4711 is at position 1 of 3 in To do"), or null to say the step plainly. */
  after(before: Before): string | null;
}

/**
 * Registers Undo (Mod+Z) and Redo (Mod+Shift+Z, Mod+Y) while the view is mounted. `busy` is read when a
 * command runs (a drag in progress turns both off); a failure is reported through `onError`, a success
 * clears it. Given `words`, each step is said with what it changed ("Undone: Claim 4711 is at position 1 of
 * 3 in To do."); without, as "Undone." or "Redone.".
 */
export function useUndoCommands<Before>(
  actions: Pick<SpaceActions, 'undo' | 'redo'>,
  onError: (message: string | null) => void,
  busy: () => boolean = () => false,
  words?: StepWords<Before>,
): void {
  // A reader's view offers no edits, undoing included (a space archived while open turns read-only too).
  const readOnly = useContext(ReadOnlyContext);
  const run = useCallback(
    (step: () => boolean, what: 'undo' | 'redo') => {
      // An undone move redraws the card in its old place, as a new element: the focus follows it there.
      const refind = refinder(document.activeElement);
      const before = words?.before();
      try {
        const stepped = step();
        onError(null);
        // Said, as the change may be far from the focus (a card back in another column).
        const done = what === 'undo' ? 'Undone' : 'Redone';
        const clause = words && words.after(before as Before);
        announce(stepped ? (clause ? `${done}: ${clause}.` : `${done}.`) : `Nothing to ${what}.`);
      } catch (caught) {
        onError(`Could not ${what}: ${caught instanceof Error ? caught.message : 'unknown error'}`);
      }
      if (refind) focusSoon(() => (document.activeElement === document.body ? refind() : null), 3);
    },
    [onError, words],
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
