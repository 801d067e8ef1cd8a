/**
 * Cards that someone else — a colleague, or the same user on another device — just added or moved, as
 * their changes arrive, so the board can show them briefly and people notice what changed under them.
 *
 * Reads only the history events a remote transaction added (`addedEvents`: the transaction's own structs,
 * never the 100,000-event array) and returns at once for a local one, so an edit made here costs nothing.
 * A transaction that brings many cards at once is a catch-up — a colleague's offline work arriving after a
 * reconnect — not someone's move to notice. A move within a column writes no history event and is not lit.
 */
import type * as Y from 'yjs';
import { spaceMaps } from '../domain/index.ts';
import type { HistoryTuple } from '../domain/schema.ts';
import { addedEvents } from '../domain/history/log.ts';

/**
 * Most cards one remote transaction may add or move and still be lit: more is a catch-up (a colleague's
 * offline morning arriving at once), which lighting up would not make easier to follow.
 */
export const MOST_CARDS_NOTICED = 20;

/**
 * Clock units (a struct, or a character of text) past which a remote transaction is not read at all: the
 * slices a space loads in hold thousands, and decoding their history would only find a catch-up.
 */
const MOST_UNITS_READ = 5000;

/**
 * Calls `listener` with the ids of the cards each remote transaction on `doc` created or moved to another
 * column (in event order, each once). Returns a function that stops watching.
 */
export function watchOthersCardMoves(doc: Y.Doc, listener: (cardIds: string[]) => void): () => void {
  const history = spaceMaps(doc).history;
  const observer = (change: Y.YArrayEvent<HistoryTuple>) => {
    const { transaction } = change;
    if (transaction.local) return;
    let units = 0;
    transaction.afterState.forEach((after, client) => {
      units += after - (transaction.beforeState.get(client) ?? 0);
    });
    if (units > MOST_UNITS_READ) return;
    const cardIds = new Set<string>();
    for (const event of addedEvents(change)) {
      if (event.type === 'created' || event.type === 'moved') cardIds.add(event.card);
    }
    if (cardIds.size > 0 && cardIds.size <= MOST_CARDS_NOTICED) listener([...cardIds]);
  };
  history.observe(observer);
  return () => history.unobserve(observer);
}
