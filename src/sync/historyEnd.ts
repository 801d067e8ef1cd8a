/**
 * Keeps the end of an open space's history marked for appends (see `markHistoryEnd`): once the document is
 * loaded, and again after each transaction of someone else's that changed the history, in the page's next
 * idle period. Otherwise the first change a user made after opening the space, and the first after each
 * colleague's change, walked the whole history to append its events.
 */
import type * as Y from 'yjs';
import { markHistoryEnd, spaceMaps } from '../domain/index.ts';
import { yieldToIdle, type Yield } from './yielding.ts';

/** Starts once `whenLoaded` settles; returns the function that stops it. */
export function keepHistoryEndMarked(
  doc: Y.Doc,
  whenLoaded: Promise<void>,
  idle: Yield = yieldToIdle,
): () => void {
  const history = spaceMaps(doc).history;
  let stopped = false;
  let pending = false;
  const markSoon = () => {
    if (pending || stopped) return;
    pending = true;
    void idle().then(() => {
      pending = false;
      if (!stopped) markHistoryEnd(doc);
    });
  };
  // A local transaction keeps Yjs's markers up to date itself: only others' changes drop them.
  const onChange = (_event: unknown, transaction: Y.Transaction) => {
    if (!transaction.local) markSoon();
  };
  let observing = false;
  const start = () => {
    if (stopped) return;
    history.observe(onChange);
    observing = true;
    markSoon();
  };
  void whenLoaded.then(start, start);
  return () => {
    stopped = true;
    // Yjs reports an observer removed that was never added (a space left before it loaded).
    if (observing) history.unobserve(onChange);
    observing = false;
  };
}
