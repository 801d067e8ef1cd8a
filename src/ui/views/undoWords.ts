// What an undo or redo step did to a space's cards, in the words said after "Undone" or "Redone": the
// step may have changed a card far from the focus (a card back in another column), which a screen reader
// user would otherwise have to go and look for.
import { useMemo } from 'react';
import type { Card } from '../../domain/index.ts';
import { selectColumn, type SpaceState, type SpaceStore } from '../../state/index.ts';
import { publishPending } from '../../sync/index.ts';
import type { StepWords } from './useUndoCommands';

/** The words of a space's undo steps (`useUndoCommands`), from its cards before and after each. */
export function useSpaceStepWords(store: SpaceStore): StepWords<Readonly<Record<string, Card>>> {
  return useMemo(
    () => ({
      // A copy: the store changes its `cards` in place. Colleagues' changes the store has not shown yet
      // are shown first, or the step's own publishing would show them too and count them as the step's.
      before: () => {
        publishPending(store);
        return { ...store.getState().cards };
      },
      after: (before) => stepWords(before, store.getState()),
    }),
    [store],
  );
}

const day = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * The change from `before` to `after` as a short clause ("Claim 4711 is at position 2 of 5 in Doing"), or
 * null when no card changed (a to-do or a comment did): the step is then said without words of its own.
 */
export function stepWords(before: Readonly<Record<string, Card>>, after: SpaceState): string | null {
  const changed = Object.keys(after.cards).filter((id) => after.cards[id] !== before[id]);
  for (const id of Object.keys(before)) if (after.cards[id] === undefined) changed.push(id);
  if (changed.length === 0) return null;
  if (changed.length > 1) return `changes to ${changed.length} cards`;
  const id = changed[0]!;
  const was = before[id];
  const now = after.cards[id];
  if (now === undefined) return `${was!.title} is no longer on the board`;
  if (was === undefined || was.archived !== now.archived)
    return now.archived ? `${now.title} is archived` : `${now.title} is on the board`;
  if (was.pos.statusId !== now.pos.statusId || was.pos.key !== now.pos.key) {
    const column = selectColumn(now.pos.statusId)(after);
    const name = after.statuses[now.pos.statusId]?.name ?? 'an unknown column';
    return `${now.title} is at position ${column.indexOf(id) + 1} of ${column.length} in ${name}`;
  }
  if (was.due !== now.due)
    return now.due === null ? `${now.title} has no due date` : `${now.title} is due ${day(now.due)}`;
  if (was.start !== now.start)
    return now.start === null ? `${now.title} has no start date` : `${now.title} starts ${day(now.start)}`;
  if (was.title !== now.title) return `the card is called ${now.title}`;
  return `a change to ${now.title}`;
}
