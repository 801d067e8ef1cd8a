import type { Workspace } from '../api';

/**
 * Who may change a workspace's structure from the sidebar (the rule is written down in docs/security.md):
 * owners manage folders and spaces — rename, reorder, archive, restore; members create spaces and rename
 * them, as the people who run a process name it; visitors only read the tree.
 */
export interface StructureRights {
  manage: boolean;
  renameSpaces: boolean;
}

export function structureRights(role: Workspace['role']): StructureRights {
  return { manage: role === 'owner', renameSpaces: role !== 'visitor' };
}
