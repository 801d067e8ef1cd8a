/**
 * The instance the read benches query: 10 private workspaces of 4 spaces each (`sp<w>_<s>`), made by
 * `person0`, and a `reader` who is a member of the first five, so half of what is stored is theirs to read.
 */
import type { Storage } from '../../server/storage/types.ts';

/** Seeds the users, workspaces, memberships and spaces into `storage`; returns the space ids. */
export async function seedReaderWorkspaces(storage: Storage): Promise<string[]> {
  for (const id of ['person0', 'reader']) {
    await storage.createUser({ id, email: `${id}@bench.test`, name: id, passwordHash: 'x', createdAt: 0 });
  }
  const spaceIds: string[] = [];
  for (let w = 0; w < 10; w++) {
    const workspaceId = `ws${w}`;
    await storage.createWorkspace({
      id: workspaceId,
      name: `W${w}`,
      type: 'private',
      createdBy: 'person0',
      createdAt: 0,
    });
    if (w < 5) await storage.setMembership({ workspaceId, userId: 'reader', role: 'member' });
    for (let s = 0; s < 4; s++) {
      const id = `sp${w}_${s}`;
      await storage.createSpace({ id, workspaceId, createdBy: 'person0', createdAt: 0 });
      spaceIds.push(id);
    }
  }
  return spaceIds;
}
