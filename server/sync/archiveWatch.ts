/**
 * Which spaces a loaded workspace document puts away: a space reads as archived when it is or its folder
 * is (`isSpaceArchived`). The sync server keeps an archived space's connections read-only, so it is told
 * whenever a workspace change archives or restores some (an owner's click, an undo, a peer's offline edit
 * arriving).
 */
import { isSpaceArchivedIn, parseDocName, workspaceMaps } from '../../src/domain/index.ts';
import type { SharedDoc } from './sharedDoc.ts';

/** Space id → whether it reads as archived now; only spaces whose state changed. */
export type ArchiveChanges = ReadonlyMap<string, boolean>;

/**
 * Calls `onChange` after every change of `shared` (when it is a workspace document) that archived or
 * restored spaces. Other documents are left alone. The observers end with the document.
 */
export function watchArchivedSpaces(shared: SharedDoc, onChange: (changes: ArchiveChanges) => void): void {
  if (parseDocName(shared.name)?.kind !== 'workspace') return;
  const { doc } = shared;
  const { folders, spaces } = workspaceMaps(doc);
  const archivedNow = () => {
    const archived = new Set<string>();
    for (const spaceId of spaces.keys()) if (isSpaceArchivedIn(doc, spaceId)) archived.add(spaceId);
    return archived;
  };
  let archived = archivedNow();
  // A workspace document holds tens of spaces and changes seldom: comparing them all is cheap.
  const compare = () => {
    const next = archivedNow();
    const changes = new Map<string, boolean>();
    for (const spaceId of next) if (!archived.has(spaceId)) changes.set(spaceId, true);
    for (const spaceId of archived) if (!next.has(spaceId)) changes.set(spaceId, false);
    archived = next;
    if (changes.size > 0) onChange(changes);
  };
  folders.observeDeep(compare);
  spaces.observeDeep(compare);
}
