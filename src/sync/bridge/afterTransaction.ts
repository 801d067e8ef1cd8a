/**
 * Runs `flush` once after each transaction of `doc`. Yjs calls every `observe`/`observeDeep` handler of a
 * transaction before it emits `afterTransaction`, so handlers can only record what changed and `flush`
 * turns it all into one store update.
 */
import type * as Y from 'yjs';

/**
 * @param flush called with whether the transaction was this client's own (`transaction.local`): an edit
 *   made here, an undo or a redo, rather than an update applied from the server or the local copy.
 * @returns a function that stops listening.
 */
export function onAfterTransaction(doc: Y.Doc, flush: (local: boolean) => void): () => void {
  const handler = (transaction: Y.Transaction) => flush(transaction.local);
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
