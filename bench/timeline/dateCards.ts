/**
 * Gives every card of a seeded space start and due dates, spread over the months around today, through the
 * domain operation the Timeline uses, relates some of them (so the Timeline draws connectors while it
 * scrolls), and stores the change as one more update of the space's document. The seed generator dates
 * only some cards; the Timeline bench wants all of them on the axis.
 */
import * as Y from 'yjs';
import { addRelation, spaceMaps, updateCard } from '../../src/domain/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';

const DAY_MS = 86_400_000;

/**
 * Dates every unarchived card of `space/<spaceId>` and relates some: every third card is followed by the
 * card after it, and every twentieth is the parent of the two after it. Returns how many cards are dated
 * and how many relations were made.
 */
export async function dateAllCards(
  dataDir: string,
  spaceId: string,
  now = Date.now(),
): Promise<{ dated: number; related: number }> {
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
    const ids: string[] = [];
    for (const [cardId, card] of spaceMaps(doc).cards) {
      if (card.get('archived') === true) continue;
      i++;
      // A fixed spread: starts from 90 days ago to 90 days ahead, 1 to 15 days long.
      const start = today + (((i * 37) % 181) - 90) * DAY_MS;
      const due = start + ((i % 15) + 1) * DAY_MS - 1;
      updateCard(doc, { cardId, start, due }, { actor: String(card.get('createdBy')) });
      ids.push(cardId);
      dated++;
    }
    let related = 0;
    const ctx = { actor: String(spaceMaps(doc).meta.get('createdBy') ?? 'bench') };
    for (let at = 0; at + 2 < ids.length; at++) {
      // Every relation goes forward in `ids`, so none can close a circle or give a card two parents.
      if (at % 20 === 0) {
        addRelation(doc, { kind: 'parent', from: ids[at]!, to: ids[at + 1]! }, ctx);
        addRelation(doc, { kind: 'parent', from: ids[at]!, to: ids[at + 2]! }, ctx);
        related += 2;
      } else if (at % 3 === 0) {
        addRelation(doc, { kind: 'next', from: ids[at]!, to: ids[at + 1]! }, ctx);
        related++;
      }
    }
    await storage.appendUpdate(docName, Y.encodeStateAsUpdate(doc, before));
    doc.destroy();
    return { dated, related };
  } finally {
    await storage.close();
  }
}
