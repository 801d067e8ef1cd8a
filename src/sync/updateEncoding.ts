/**
 * Skipping Yjs's update encoding where nobody reads the result. After each transaction Yjs encodes the
 * change once per kind of update listener ('update' = v1, 'updateV2'), whatever the listeners then do with
 * it. Two kinds of transaction make that costly for nothing in a busy space (5,000 cards, 100,000 history
 * events: about a second each time):
 *
 * - **The local copy's load** (everything stored in IndexedDB, in one transaction): y-dexie's own listener
 *   skips what it loaded itself, the offline-edit tracker skips the load origin, and the websocket is not
 *   connected yet (the pool connects once the local copy is loaded, and the sync on connect sends the
 *   server whatever it lacks, these updates included). Both encodings are skipped.
 * - **Updates from the server**: the only v1 listeners are the websocket provider's, which ignores its own
 *   origin, and the offline-edit tracker, which does too. The v1 encoding is skipped; v2 is kept, since
 *   y-dexie stores it.
 *
 * The listeners are set aside only for the encoding step of such a transaction (between Yjs's
 * `afterTransactionCleanup` and `afterAllTransactions`) and put back unchanged. Observers of the
 * document's types still run, so the store is fed as before.
 */
import type * as Y from 'yjs';

export type UpdateEvent = 'update' | 'updateV2';
type Listeners = Map<string, Set<unknown>>;

/**
 * Skips the encoding of the update events `skip(origin)` names for each transaction of `doc`, until the
 * returned function is called. Relies on Yjs 13 encoding an update only when `_observers` has a listener
 * of that name.
 */
export function skipUpdateEncoding(
  doc: Y.Doc,
  skip: (origin: unknown) => readonly UpdateEvent[],
): () => void {
  const listeners = (doc as unknown as { _observers?: Listeners })._observers;
  if (!(listeners instanceof Map)) return () => {};
  let aside: Array<[string, Set<unknown>]> = [];
  const putBack = () => {
    for (const [name, set] of aside) {
      // A listener added meanwhile (none is expected) is kept too.
      for (const added of listeners.get(name) ?? []) set.add(added);
      listeners.set(name, set);
    }
    aside = [];
  };
  const setAside = (transaction: Y.Transaction) => {
    // A transaction made by an observer of an earlier one is cleaned up before `afterAllTransactions`:
    // it gets the listeners back first and is judged by its own origin (a local write must be heard).
    putBack();
    for (const name of skip(transaction.origin)) {
      const set = listeners.get(name);
      if (!set) continue;
      aside.push([name, set]);
      listeners.delete(name);
    }
  };
  doc.on('afterTransactionCleanup', setAside);
  doc.on('afterAllTransactions', putBack);
  return () => {
    putBack();
    doc.off('afterTransactionCleanup', setAside);
    doc.off('afterAllTransactions', putBack);
  };
}
