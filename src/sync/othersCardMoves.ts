/**
 * Cards that someone else — a colleague, or the same user on another device — just added or moved, as
 * their changes arrive, so the board can show them briefly and people notice what changed under them.
 *
 * Reads only what a remote transaction changed in the cards (a card added, a card's `pos` written: a move
 * to another column or within one) and returns at once for a local one, so an edit made here costs
 * nothing. A transaction that brings many cards at once is a catch-up — a colleague's offline work
 * arriving after a reconnect — not someone's move to notice.
 */
import type * as Y from 'yjs';
import { spaceMaps } from '../domain/index.ts';

/**
 * Most cards one remote transaction may add or move and still be lit: more is a catch-up (a colleague's
 * offline morning arriving at once), which lighting up would not make easier to follow.
 */
export const MOST_CARDS_NOTICED = 20;

/**
 * Calls `listener` with the ids of the cards each remote transaction on `doc` created or moved (each
 * once). Returns a function that stops watching.
 */
export function watchOthersCardMoves(doc: Y.Doc, listener: (cardIds: string[]) => void): () => void {
  const cards = spaceMaps(doc).cards;
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (transaction.local) return;
    const cardIds = new Set<string>();
    for (const event of events) {
      if (event.target === cards) {
        event.changes.keys.forEach((change, cardId) => {
          if (change.action === 'add') cardIds.add(cardId);
        });
      } else if (event.path.length === 1 && (event as Y.YMapEvent<unknown>).keysChanged.has('pos')) {
        cardIds.add(String(event.path[0]));
      }
      if (cardIds.size > MOST_CARDS_NOTICED) return;
    }
    if (cardIds.size > 0) listener([...cardIds]);
  };
  cards.observeDeep(observer);
  return () => cards.unobserveDeep(observer);
}
