import { diff3Merge } from 'node-diff3';

/** Lines with their line breaks; every line ends with one (see `terminated`). */
const lines = (text: string) => text.match(/[^\n]*\n/g) ?? [];
/** Words and the blanks between them, both kept, so the merged text keeps its spacing. */
const words = (text: string) => text.split(/(\s+)/);
const terminated = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/**
 * Above this many words and blanks on a side, a region both people changed is not merged word by word:
 * diff3's comparison grows fast with the tokens, above all with many alike (seconds for a few thousand),
 * and a region that large, changed twice, is one for a person to look at anyway.
 */
const MAX_TOKENS = 800;

/**
 * A three-way merge of a text two people changed from the same `base`: `mine` and `theirs` put together
 * when their changes touch different words, or null when they overlap (the same words changed in two
 * ways), where no merge is right and a person has to choose. Lines first (they are mostly unique, which
 * keeps the comparison fast); a region of lines both changed is merged word by word, except that lines
 * both added at the same place are all kept, theirs first: two people adding a line to the end of the
 * notes both keep theirs.
 */
export function mergeText(base: string, mine: string, theirs: string): string | null {
  if (mine === base || mine === theirs) return theirs;
  if (theirs === base) return mine;
  const blocks = diff3Merge(lines(terminated(mine)), lines(terminated(base)), lines(terminated(theirs)), {
    excludeFalseConflicts: true,
  });
  let merged = '';
  for (const block of blocks) {
    if (block.ok) {
      merged += block.ok.join('');
      continue;
    }
    const { a, o, b } = block.conflict!;
    if (o.length === 0) {
      merged += b.join('') + a.join('');
      continue;
    }
    const region = mergeWords(o.join(''), a.join(''), b.join(''));
    if (region === null) return null;
    merged += region;
  }
  // The line break added to compare whole lines goes again, unless one side ends with one of its own.
  return mine.endsWith('\n') || theirs.endsWith('\n') ? merged : merged.slice(0, -1);
}

function mergeWords(base: string, mine: string, theirs: string): string | null {
  const [o, a, b] = [words(base), words(mine), words(theirs)];
  if (Math.max(o.length, a.length, b.length) > MAX_TOKENS) return null;
  let merged = '';
  for (const block of diff3Merge(a, o, b, { excludeFalseConflicts: true })) {
    if (!block.ok) return null;
    merged += block.ok.join('');
  }
  return merged;
}
