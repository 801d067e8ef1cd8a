/**
 * Runs `flush` once after each transaction of `doc`. Yjs calls every `observe`/`observeDeep` handler of a
 * transaction before it emits `afterTransaction`, so handlers can only record what changed and `flush`
 * turns it all into one store update.
 */
import type * as Y from 'yjs';

/** @returns a function that stops listening. */
export function onAfterTransaction(doc: Y.Doc, flush: () => void): () => void {
  const handler = () => flush();
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
