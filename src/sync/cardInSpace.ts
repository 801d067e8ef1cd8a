/**
 * Edits a card from outside its space's page — MySpace shows cards through the feed and opens a card's
 * space document only to change it. The document comes from the pool (so from IndexedDB first, and
 * offline when it is cached there); a card the local copy does not have yet is waited for from the server.
 */
import { docName, spaceMaps, updateCard, type UpdateCardInput } from '../domain/index.ts';
import type { DocumentPool } from './documentPool.ts';

/** How long an edit waits for a card the device has not seen yet, in ms. */
const WAIT_FOR_CARD_MS = 10_000;

/**
 * Applies `input` to the card in `spaceId` as `actorId` (one `updateCard`, one transaction). Rejects with the
 * domain's error for bad input, or an `Error` when the card is neither on the device nor reachable in time.
 */
export async function updateCardInSpace(
  pool: DocumentPool,
  spaceId: string,
  actorId: string,
  input: UpdateCardInput,
): Promise<void> {
  const handle = pool.acquire(docName('space', spaceId));
  try {
    await handle.whenLocal;
    if (!spaceMaps(handle.doc).cards.has(input.cardId)) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('The card is not on this device yet, and the server cannot be reached.')),
          WAIT_FOR_CARD_MS,
        );
      });
      try {
        await Promise.race([handle.whenSynced, late]);
      } finally {
        clearTimeout(timer);
      }
    }
    updateCard(handle.doc, input, { actor: actorId });
  } finally {
    // The pool keeps the document warm, so the edit still reaches the server after this returns.
    handle.release();
  }
}
