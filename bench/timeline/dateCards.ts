/**
 * Gives every card of a seeded space start and due dates, spread over the months around today, through the
 * domain operation the Timeline uses, and stores the change as one more update of the space's document.
 * The seed generator dates only some cards; the Timeline bench wants all of them on the axis.
 */
import * as Y from 'yjs';
import { spaceMaps, updateCard } from '../../src/domain/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';

const DAY_MS = 86_400_000;

/** Dates every unarchived card of `space/<spaceId>`; returns how many cards are dated now. */
export async function dateAllCards(dataDir: string, spaceId: string, now = Date.now()): Promise<number> {
  const storage = openSqliteStorage(dataDir);
  const docName = `space/${spaceId}`;
  try {
    const stored = await storage.loadDoc(docName);
    const doc = new Y.Doc();
    for (const update of [stored.snapshot, ...stored.updates]) if (update) Y.applyUpdate(doc, update);
    const before = Y.encodeStateVector(doc);
    const today = Math.floor(now / DAY_MS) * DAY_MS;
    let dated = 0;
    let i = 0;
    for (const [cardId, card] of spaceMaps(doc).cards) {
      if (card.get('archived') === true) continue;
      i++;
      // A fixed spread: starts from 90 days ago to 90 days ahead, 1 to 15 days long.
      const start = today + (((i * 37) % 181) - 90) * DAY_MS;
      const due = start + ((i % 15) + 1) * DAY_MS - 1;
      updateCard(doc, { cardId, start, due }, { actor: String(card.get('createdBy')) });
      dated++;
    }
    await storage.appendUpdate(docName, Y.encodeStateAsUpdate(doc, before));
    doc.destroy();
    return dated;
  } finally {
    await storage.close();
  }
}
