// Undo and redo for MySpace's calendar. Its cards live in many spaces, and a space's own undo steps belong
// to that space's views; so MySpace keeps the moves made here and undoes one by writing the card's former
// dates back, as a move of its own.
import { useCallback, useMemo, useRef } from 'react';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';

export interface Dates {
  start: number | null;
  due: number | null;
}

interface Move {
  mirrorId: string;
  title: string;
  before: Dates;
  after: Dates;
}

export const sameDates = (a: Dates, b: Dates) => a.start === b.start && a.due === b.due;

/** Keeps this many moves; older ones are forgotten. */
const DEPTH = 50;

/**
 * Registers Undo (Mod+Z) and Redo (Mod+Shift+Z, Mod+Y) for the calendar's moves; returns `record`, to be
 * called with every move made. A step is taken back only while the card still has the dates the move gave
 * it: a card rescheduled since (in its space, by someone else) keeps those, and the step is dropped with a
 * message through `onError`.
 */
export function useRescheduleUndo(
  /** The card's dates as shown now, or null when it is no longer on the calendar. */
  datesOf: (mirrorId: string) => Dates | null,
  /** Moves the card to `dates`, as a move on the calendar does. */
  apply: (mirrorId: string, dates: Dates) => void,
  onError: (message: string | null) => void,
): (move: Move) => void {
  const undone = useRef<Move[]>([]);
  const done = useRef<Move[]>([]);
  const record = useCallback((move: Move) => {
    done.current = [...done.current.slice(1 - DEPTH), move];
    undone.current = [];
  }, []);
  // The latest readers, so the commands keep their identity (registering them is an effect).
  const latest = useRef({ datesOf, apply, onError });
  latest.current = { datesOf, apply, onError };

  const commands = useMemo<Command[]>(() => {
    const step = (from: { current: Move[] }, to: { current: Move[] }, direction: 'undo' | 'redo') => {
      const move = from.current.at(-1);
      if (!move) return;
      from.current = from.current.slice(0, -1);
      const { datesOf, apply, onError } = latest.current;
      const now = datesOf(move.mirrorId);
      const expected = direction === 'undo' ? move.after : move.before;
      if (now === null || !sameDates(now, expected)) {
        onError(`“${move.title}” has been changed since, so that move cannot be taken back.`);
        return;
      }
      onError(null);
      apply(move.mirrorId, direction === 'undo' ? move.before : move.after);
      to.current = [...to.current, move];
    };
    return [
      { id: 'undo', label: 'Undo', keys: 'Mod+Z', perform: () => step(done, undone, 'undo') },
      {
        id: 'redo',
        label: 'Redo',
        keys: 'Mod+Shift+Z',
        alsoKeys: ['Mod+Y'],
        perform: () => step(undone, done, 'redo'),
      },
    ];
  }, []);
  useCommands(commands);
  return record;
}
