/**
 * Bench accounts: users who are members of one private workspace holding the given spaces, each with a
 * live session, written straight into storage so that benches can open documents on our server without
 * going through sign-up (whose password hashing would dominate setting up a thousand clients).
 */
import { SESSION_COOKIE, createSession } from '../../server/auth/sessions.ts';
import type { Storage } from '../../server/storage/types.ts';

const WORKSPACE_ID = 'benchworkspace';

/**
 * Creates `users` bench users (default 1) and the workspace, lists `spaceIds` in it, and resolves to the
 * `Cookie` header value of a fresh session per user. The accounts have no usable password: they exist only
 * through these sessions. The server caps connections per user, so a bench of many clients needs many users,
 * as it would have in reality.
 */
export async function grantBenchAccess(
  storage: Storage,
  spaceIds: readonly string[],
  users = 1,
): Promise<{ cookies: string[] }> {
  const now = Date.now();
  const userIds = Array.from({ length: users }, (_, i) => `benchuser${i}`);
  for (const [i, id] of userIds.entries()) {
    await storage.createUser({
      id,
      email: `bench${i}@afterboard.local`,
      name: `Bench ${i}`,
      passwordHash: 'none',
      createdAt: now,
    });
  }
  const owner = userIds[0]!;
  await storage.createWorkspace({
    id: WORKSPACE_ID,
    name: 'Bench',
    type: 'private',
    createdBy: owner,
    createdAt: now,
  });
  for (const userId of userIds.slice(1)) {
    await storage.setMembership({ workspaceId: WORKSPACE_ID, userId, role: 'member' });
  }
  for (const id of spaceIds) {
    await storage.createSpace({ id, workspaceId: WORKSPACE_ID, createdBy: owner, createdAt: now });
  }
  const cookies: string[] = [];
  for (const userId of userIds)
    cookies.push(`${SESSION_COOKIE}=${await createSession(storage, userId, now)}`);
  return { cookies };
}
