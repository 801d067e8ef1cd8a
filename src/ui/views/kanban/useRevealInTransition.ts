import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, then true from a transition started right after it mounted; true from the
 * start when `immediately` is (read at mount only). What the caller shows once revealed is rendered in a
 * transition, which React splits into short slices between which the browser paints and handles input;
 * the same render from a store update (as a board painted from a snapshot is) would be one synchronous
 * task. A component mounted inside a test's `act` is revealed before `act` returns.
 */
export function useRevealInTransition(immediately: boolean): boolean {
  const [revealed, setRevealed] = useState(immediately);
  useEffect(() => {
    if (!revealed) startTransition(() => setRevealed(true));
  }, [revealed]);
  return revealed;
}
