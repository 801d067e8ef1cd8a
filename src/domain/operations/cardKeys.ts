/** Writing card order keys: a card's place is the single value `pos = {statusId, key}`. */
import type * as Y from 'yjs';
import type { Keyed } from '../ordering.ts';
import { spaceMaps } from '../schema.ts';

/** Gives rekeyed neighbours (all in `statusId`) their new keys; call inside a transaction. */
export function writeCardKeys(doc: Y.Doc, statusId: string, rekeyed: readonly Keyed[]): void {
  const cards = spaceMaps(doc).cards;
  for (const { id, key } of rekeyed) cards.get(id)?.set('pos', { statusId, key });
}
