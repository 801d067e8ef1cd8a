/**
 * What the writer of a comment is mentioning right now: the `@` word before the caret, and the people whose
 * names fit it. Pure, so the suggestion list's rules are tested without a browser.
 */
import { foldForSearch } from '../../domain/index.ts';

/** Longest run after `@` still looked up: a name of a few words, not a paragraph. */
const QUERY_MAX = 40;

/** Most people offered at once. */
export const SUGGESTIONS_MAX = 6;

/**
 * The mention being typed at `caret`: the `@` starts the text or follows a space, and the words after it
 * reach the caret without a line break, not ending in a space. Null when the caret is not in one.
 */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || caret - at - 1 > QUERY_MAX) return null;
  if (at > 0 && !/\s/.test(before[at - 1]!)) return null;
  const query = before.slice(at + 1);
  // A space right after `@`, or after the words (a name completed, or a sentence going on), ends it.
  if (/[\n\r]/.test(query) || /^\s|\s$/.test(query)) return null;
  return { start: at, query };
}

/**
 * People whose name fits `query` (case and accents aside, so `tomas` finds Tomás): a name starting with
 * it first, then a later word of the name starting with it; alphabetical within each. At most
 * {@link SUGGESTIONS_MAX}.
 */
export function suggestPeople(
  people: Readonly<Record<string, string>>,
  query: string,
): Array<{ id: string; name: string }> {
  const wanted = foldForSearch(query.trim());
  const ranked: Array<{ id: string; name: string; rank: number }> = [];
  for (const [id, raw] of Object.entries(people)) {
    const name = raw.trim();
    const lower = foldForSearch(name);
    if (name === '') continue;
    if (lower.startsWith(wanted)) ranked.push({ id, name, rank: 0 });
    else if (lower.split(/\s+/).some((word) => word.startsWith(wanted))) ranked.push({ id, name, rank: 1 });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .slice(0, SUGGESTIONS_MAX)
    .map(({ id, name }) => ({ id, name }));
}

/** `text` with the mention at `start` (up to `caret`) completed to `@name ` and the caret after it. */
export function completeMention(
  text: string,
  start: number,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const rest = text.slice(caret);
  // A space follows the name, so typing goes on after it; one already there is kept rather than doubled.
  const inserted = /^[ \t]/.test(rest) ? `@${name}` : `@${name} `;
  return { text: text.slice(0, start) + inserted + rest, caret: start + `@${name} `.length };
}
