/**
 * How the workspaces list some spaces: each space's name and whether it is archived (itself or with its
 * folder) live in its workspace's document, not in the database, so they are read from those documents
 * (loaded for the call if need be).
 */
import { docName, isSpaceArchivedIn, workspaceMaps } from '../../src/domain/index.ts';
import type { Storage } from '../storage/types.ts';
import type { DocRegistry } from '../sync/registry.ts';

export interface SpaceListing {
  name: string;
  archived: boolean;
}

/** The listings of `spaceIds` by id; a space its workspace does not list (yet) is left out. */
export async function spaceListings(
  storage: Storage,
  registry: DocRegistry,
  spaceIds: readonly string[],
): Promise<Map<string, SpaceListing>> {
  const byWorkspace = new Map<string, string[]>();
  for (const spaceId of spaceIds) {
    const space = await storage.findSpace(spaceId);
    if (!space) continue;
    const list = byWorkspace.get(space.workspaceId) ?? [];
    list.push(spaceId);
    byWorkspace.set(space.workspaceId, list);
  }
  const listings = new Map<string, SpaceListing>();
  for (const [workspaceId, ids] of byWorkspace) {
    await registry.withDoc(docName('workspace', workspaceId), (doc) => {
      const { spaces } = workspaceMaps(doc);
      for (const spaceId of ids) {
        const entry = spaces.get(spaceId);
        const name = entry?.get('name');
        if (entry && typeof name === 'string')
          listings.set(spaceId, { name, archived: isSpaceArchivedIn(doc, spaceId) });
      }
    });
  }
  return listings;
}

/** Whether `spaceId` reads as archived in its workspace (false for a space no workspace lists). */
export async function isSpaceArchivedNow(
  storage: Storage,
  registry: DocRegistry,
  spaceId: string,
): Promise<boolean> {
  return (await spaceListings(storage, registry, [spaceId])).get(spaceId)?.archived ?? false;
}
