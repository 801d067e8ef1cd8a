/**
 * @mentions in comment text. People are mentioned by their display name after an `@` ("@Ada Lovelace");
 * the comment stores the ids found when it is saved, so a later rename does not lose who was meant.
 * Longer names are tried first, so "@Ann Lee" is Ann Lee and not Ann. Case and accents aside: "@tomas
 * garcia" is Tomás García, as people type names on keyboards without the accents.
 */
import { foldForSearch } from '../../domain/index.ts';

/** A run of comment text: plain, or the mention of one person. */
export type TextPart = { text: string; userId?: undefined } | { text: string; userId: string };

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` lower-cased and without accents, character for character, so that a match's place in it is its
 * place in `text`: a character whose folding would change the length (ß → ss) is only lower-cased, or
 * kept.
 */
function foldInPlace(text: string): string {
  let folded = '';
  for (const character of text) {
    const plain = foldForSearch(character);
    const lower = character.toLowerCase();
    folded +=
      plain.length === character.length ? plain : lower.length === character.length ? lower : character;
  }
  return folded;
}

/** One pattern for all names, longest first; the name must end at a non-letter, non-digit. */
function pattern(people: Record<string, string>, ids: Iterable<string>): RegExp | null {
  const names = [...new Set(ids)]
    .map((id) => (Object.hasOwn(people, id) ? foldInPlace(people[id]!.trim()) : ''))
    .filter((name) => name.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(escape);
  return names.length === 0 ? null : new RegExp(`@(${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function idByName(people: Record<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [id, name] of Object.entries(people)) ids.set(foldInPlace(name.trim()), id);
  return ids;
}

/** Ids of the people `text` mentions, sorted. */
export function findMentions(text: string, people: Record<string, string>): string[] {
  const regex = pattern(people, Object.keys(people));
  if (!regex) return [];
  const ids = idByName(people);
  const found = new Set<string>();
  for (const match of foldInPlace(text).matchAll(regex)) {
    const id = ids.get(match[1]!);
    if (id) found.add(id);
  }
  return [...found].sort();
}

/** `text` cut into plain runs and the mentions of `mentioned` people, for display. */
export function splitMentions(
  text: string,
  mentioned: readonly string[],
  people: Record<string, string>,
): TextPart[] {
  const regex = pattern(people, mentioned);
  if (!regex) return [{ text }];
  const ids = idByName(people);
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of foldInPlace(text).matchAll(regex)) {
    const userId = ids.get(match[1]!);
    if (!userId) continue;
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ text: text.slice(match.index, match.index + match[0].length), userId });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}
