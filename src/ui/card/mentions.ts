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
 * `text` folded as searches fold it (case, accents, ß → ss), with, for each folded character, where the
 * character it came from starts and ends in `text`: a match in the folded text is then cut from `text`
 * as typed, whether its accents were one character or a letter and a combining mark.
 */
function foldWithPlaces(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const character of text) {
    const plain = foldForSearch(character);
    folded += plain;
    for (let i = 0; i < plain.length; i++) {
      starts.push(at);
      ends.push(at + character.length);
    }
    at += character.length;
  }
  return { folded, starts, ends };
}

/** One pattern for all names, longest first; the name must end at a non-letter, non-digit. */
function pattern(people: Record<string, string>, ids: Iterable<string>): RegExp | null {
  const names = [...new Set(ids)]
    .map((id) => (Object.hasOwn(people, id) ? foldForSearch(people[id]!.trim()) : ''))
    .filter((name) => name.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(escape);
  return names.length === 0 ? null : new RegExp(`@(${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function idByName(people: Record<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [id, name] of Object.entries(people)) ids.set(foldForSearch(name.trim()), id);
  return ids;
}

/** Ids of the people `text` mentions, sorted. */
export function findMentions(text: string, people: Record<string, string>): string[] {
  const regex = pattern(people, Object.keys(people));
  if (!regex) return [];
  const ids = idByName(people);
  const found = new Set<string>();
  for (const match of foldForSearch(text).matchAll(regex)) {
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
  const { folded, starts, ends } = foldWithPlaces(text);
  for (const match of folded.matchAll(regex)) {
    const userId = ids.get(match[1]!);
    if (!userId) continue;
    const start = starts[match.index]!;
    const end = ends[match.index + match[0].length - 1]!;
    if (start < from) continue;
    if (start > from) parts.push({ text: text.slice(from, start) });
    parts.push({ text: text.slice(start, end), userId });
    from = end;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}
