/**
 * Order keys for cards. A card's place is the single value `pos = {statusId, key}`, and placing a card
 * writes that card's `pos` and nobody else's. Re-keying tied neighbours to make room would overwrite a
 * concurrent move of one of them (the neighbour's whole `pos` would be rewritten with its old status).
 * So ties are made vanishingly rare by random digits in every generated key, and a card dropped into a
 * tie lands right after the tied run instead (see `ordering.ts`): a rare, harmless approximation of the
 * requested place, never a write to another card.
 */
import { placeAt, type Keyed } from '../ordering.ts';

/** The key for a card inserted at `index` of `column` (the target column in order, without the card). */
export function cardKeyAt(column: readonly Keyed[], index: number): string {
  return placeAt(column, index).key;
}
