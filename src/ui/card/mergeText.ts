import { diff3Merge } from 'node-diff3';

// Words and the blanks between them, both kept, so the merged text keeps its line breaks and spacing.
const tokens = (text: string) => text.split(/(\s+)/);

/**
 * A three-way merge of a text two people changed from the same `base`: `mine` and `theirs` put together
 * when their changes touch different words, or null when they overlap (the same words changed in two
 * ways), where no merge is right and a person has to choose.
 */
export function mergeText(base: string, mine: string, theirs: string): string | null {
  if (mine === base || mine === theirs) return theirs;
  if (theirs === base) return mine;
  const blocks = diff3Merge(tokens(mine), tokens(base), tokens(theirs), { excludeFalseConflicts: true });
  let merged = '';
  for (const block of blocks) {
    if (block.conflict) return null;
    merged += (block.ok ?? []).join('');
  }
  return merged;
}
