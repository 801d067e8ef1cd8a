// Undo and redo for MySpace's calendar. Its cards live in many spaces, and a space's own undo steps belong
// to that space's views; so MySpace keeps the moves made here and undoes one by writing the card's former
// dates back, as a move of its own.
import { useMemo, useRef } from 'react';

export interface Dates {
  start: number | null;
  due: number | null;
}

export const sameDates = (a: Dates, b: Dates) => a.start === b.start && a.due === b.due;

interface Move {
  mirrorId: string;
  title: string;
  before: Dates;
  after: Dates;
}

/** The calendar's steps; `undo` and `redo` serve `useUndoCommands`. */
export interface RescheduleHistory {
  /** Notes a move made, with its write (false when it failed: the steps are then forgotten). */
  record(move: Move, written: Promise<boolean>): void;
  /** Takes the last move back; false when there is none. Throws when the card was rescheduled since. */
  undo(): boolean;
  redo(): boolean;
}

/** Keeps this many moves; older ones are forgotten. */
const DEPTH = 50;

/**
 * The calendar's moves as undo steps. A step is taken back only while the card still has the dates the move
 * gave it: a card rescheduled since (in its space, by someone else) keeps those, and the step is dropped
 * with an error saying so. A write that fails leaves the card where it was, which no step describes any
 * more: the steps are forgotten.
 */
export function useRescheduleUndo(
  /** The card's dates as shown now, or null when it is no longer on the calendar. */
  datesOf: (mirrorId: string) => Dates | null,
  /** Moves the card to `dates`, as a move on the calendar does; resolves to whether it was written. */
  apply: (mirrorId: string, dates: Dates) => Promise<boolean>,
): RescheduleHistory {
  const done = useRef<Move[]>([]);
  const undone = useRef<Move[]>([]);
  // The latest readers, so the history keeps its identity (the undo commands are registered in an effect).
  const latest = useRef({ datesOf, apply });
  latest.current = { datesOf, apply };

  return useMemo(() => {
    const forgetOnFailure = (written: Promise<boolean>) =>
      void written.then((ok) => {
        if (ok) return;
        done.current = [];
        undone.current = [];
      });
    const step = (from: { current: Move[] }, to: { current: Move[] }, direction: 'undo' | 'redo') => {
      const move = from.current.at(-1);
      if (!move) return false;
      from.current = from.current.slice(0, -1);
      const now = latest.current.datesOf(move.mirrorId);
      if (now === null || !sameDates(now, direction === 'undo' ? move.after : move.before)) {
        throw new Error(`“${move.title}” has been changed since, so that move cannot be taken back.`);
      }
      to.current = [...to.current, move];
      forgetOnFailure(latest.current.apply(move.mirrorId, direction === 'undo' ? move.before : move.after));
      return true;
    };
    return {
      record(move, written) {
        done.current = [...done.current.slice(1 - DEPTH), move];
        undone.current = [];
        forgetOnFailure(written);
      },
      undo: () => step(done, undone, 'undo'),
      redo: () => step(undone, done, 'redo'),
    };
  }, []);
}
