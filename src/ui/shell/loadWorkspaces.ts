import { listWorkspaces, type Workspace } from '../api';
import type { LocalIdentity } from '../auth/localIdentity';
import { isUnreachable } from '../auth/unreachable';

/**
 * The workspaces of user `userId` (the signed-in one): the server's list, remembered on this device; the remembered list when the
 * server cannot be reached (an offline start shows the same tree). Any other failure is the server's
 * answer and is passed on.
 */
export async function loadWorkspaces(identity: LocalIdentity | null, userId: string): Promise<Workspace[]> {
  try {
    const list = await listWorkspaces();
    await identity?.saveWorkspaces(userId, list);
    return list;
  } catch (error) {
    if (!identity || !isUnreachable(error)) throw error;
    const known = await identity.load();
    if (known?.user.id !== userId || !known.workspaces) throw error;
    return known.workspaces;
  }
}
