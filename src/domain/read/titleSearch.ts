/**
 * Finding cards by the words of their titles, the same way in the open space (the browser) and across
 * spaces (the server): case, accents and how a letter is encoded do not matter ("cafe" finds "Café", "öl"
 * finds "Ölwechsel", "istanbul" finds "İstanbul", "strasse" finds "Straße"), every word typed must be in
 * the title, in any order.
 */

/** `text` as searches compare it: lower case, accents and other combining marks left out, ß as ss. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/** The distinct folded words of a query (none for a blank one). */
export function searchWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(/\s+/).filter(Boolean))];
}

/**
 * How well a folded title answers `words`: 0 when it starts with them as typed, 1 when one of its words
 * starts with the first word, 2 when it merely holds them all; null when it misses one.
 */
export function titleRank(foldedTitle: string, words: readonly string[]): 0 | 1 | 2 | null {
  if (words.length === 0 || !words.every((word) => foldedTitle.includes(word))) return null;
  if (foldedTitle.startsWith(words.join(' '))) return 0;
  return foldedTitle.split(/\s+/).some((word) => word.startsWith(words[0]!)) ? 1 : 2;
}

/** Titles of the same rank in reading order, numbers by value ("RMA-9" before "RMA-10"). */
export const TITLE_ORDER = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
