/**
 * Cards that someone else — a colleague, or the same user on another device — just added or moved, as
 * their changes arrive, so the board can show them briefly and people notice what changed under them.
 *
 * Reads only the history events a remote transaction added (`addedEvents`: the transaction's own structs,
 * never the 100,000-event array) and returns at once for a local one, so an edit made here costs nothing.
 * A transaction that brings many structs at once is a catch-up — the document loading from this device or
 * the server, or a colleague's offline work arriving after a reconnect — not someone's move to notice.
 */
import type * as Y from 'yjs';
import { spaceMaps } from '../domain/index.ts';
import type { HistoryTuple } from '../domain/schema.ts';
import { addedEvents } from '../domain/history/log.ts';

/** Most structs one remote transaction may bring and still count as someone's edit rather than a catch-up. */
export const MOST_STRUCTS_NOTICED = 200;

/**
 * Calls `listener` with the ids of the cards each remote transaction on `doc` created or moved (in event
 * order, each once). Returns a function that stops watching.
 */
export function watchOthersCardMoves(doc: Y.Doc, listener: (cardIds: string[]) => void): () => void {
  const history = spaceMaps(doc).history;
  const observer = (change: Y.YArrayEvent<HistoryTuple>) => {
    const { transaction } = change;
    if (transaction.local) return;
    let structs = 0;
    transaction.afterState.forEach((after, client) => {
      structs += after - (transaction.beforeState.get(client) ?? 0);
    });
    if (structs > MOST_STRUCTS_NOTICED) return;
    const cardIds = new Set<string>();
    for (const event of addedEvents(change)) {
      if (event.type === 'created' || event.type === 'moved') cardIds.add(event.card);
    }
    if (cardIds.size > 0) listener([...cardIds]);
  };
  history.observe(observer);
  return () => history.unobserve(observer);
}
