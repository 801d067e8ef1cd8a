import { foldForSearch, titleRank, TITLE_ORDER, type Card } from '../../domain/index.ts';

// Each card version's folded title, kept while the store holds it: typing searches thousands of titles on
// every key, and folding (Unicode normalization) costs more than the comparison.
const foldedTitles = new WeakMap<Card, string>();
function foldedTitle(card: Card): string {
  let folded = foldedTitles.get(card);
  if (folded === undefined) foldedTitles.set(card, (folded = foldForSearch(card.title)));
  return folded;
}

/**
 * The cards of `cards` that `offer` lets through and whose titles hold every one of `words` (see
 * `searchWords`), the best matches first as the search across spaces ranks them (`titleRank`), then in
 * reading order. The palette's "Open card" and the card panel's "Card to link" find cards alike.
 */
export function matchingCards(
  cards: Iterable<Card>,
  words: readonly string[],
  offer: (card: Card) => boolean,
): Card[] {
  const found: Array<{ card: Card; rank: number }> = [];
  for (const card of cards) {
    if (!offer(card)) continue;
    const rank = titleRank(foldedTitle(card), words);
    if (rank !== null) found.push({ card, rank });
  }
  return found
    .sort((a, b) => a.rank - b.rank || TITLE_ORDER.compare(a.card.title, b.card.title))
    .map(({ card }) => card);
}
