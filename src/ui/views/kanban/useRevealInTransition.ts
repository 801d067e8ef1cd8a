import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, then true from a transition started right after it mounted; true from the
 * start when `immediately` is (read at mount only). What the caller shows once revealed is rendered in a
 * transition, which React splits into slices of about 5 ms between which the browser paints and handles
 * input; the same render from a store update (as a board painted from a snapshot is) would be one
 * synchronous task. A component mounted inside a test's `act` is revealed before `act` returns.
 *
 * A transition only gets the gaps between other tasks: while a document loads in slices of its own, each
 * 5 ms of rendering can wait behind one of those, and the reveal could take a second or more. So after
 * `deadlineMs` (ms) it is revealed by a plain update instead, rendered in one task as without a transition.
 */
export function useRevealInTransition(immediately: boolean, deadlineMs = 200): boolean {
  const [revealed, setRevealed] = useState(immediately);
  useEffect(() => {
    if (revealed) return;
    startTransition(() => setRevealed(true));
    const late = setTimeout(() => setRevealed(true), deadlineMs);
    return () => clearTimeout(late);
  }, [revealed, deadlineMs]);
  return revealed;
}
