/**
 * A bench account: one user, one private workspace holding the given spaces, and a live session, written
 * straight into storage so that benches can open documents on our server without going through sign-up.
 */
import { SESSION_COOKIE, createSession } from '../../server/auth/sessions.ts';
import type { Storage } from '../../server/storage/types.ts';

const USER_ID = 'benchuser';
const WORKSPACE_ID = 'benchworkspace';

/**
 * Creates the bench user and workspace and lists `spaceIds` in it; resolves to the `Cookie` header value
 * of a fresh session. The account has no usable password: it exists only through this session.
 */
export async function grantBenchAccess(
  storage: Storage,
  spaceIds: readonly string[],
): Promise<{ cookie: string }> {
  const now = Date.now();
  await storage.createUser({
    id: USER_ID,
    email: 'bench@afterboard.local',
    name: 'Bench',
    passwordHash: 'none',
    createdAt: now,
  });
  await storage.createWorkspace({
    id: WORKSPACE_ID,
    name: 'Bench',
    type: 'private',
    createdBy: USER_ID,
    createdAt: now,
  });
  for (const id of spaceIds) {
    await storage.createSpace({ id, workspaceId: WORKSPACE_ID, createdBy: USER_ID, createdAt: now });
  }
  const token = await createSession(storage, USER_ID, now);
  return { cookie: `${SESSION_COOKIE}=${token}` };
}
