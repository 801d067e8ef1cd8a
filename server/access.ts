/**
 * Who may open which document. One function answers it for the sync endpoint and the API, from the
 * database only: documents never carry permissions.
 *
 * - `user/<id>`: only that user, writable.
 * - `feed/<id>`: only that user, read only (the server writes it, see `feeds/feedHub.ts`).
 * - `workspace/<id>`, `space/<id>`: the workspace's members. An explicit membership gives its role;
 *   otherwise every user is a member of an org-wide workspace and a visitor of a public one.
 *   Visitors read only.
 */
import { parseDocName } from '../src/domain/docNames.ts';
import type { MemberRole, Storage, UserRecord, WorkspaceRecord } from './storage/types.ts';

export type Access =
  { ok: true; role: MemberRole; readOnly: boolean } | { ok: false; reason: 'bad_name' | 'forbidden' };

/** The role `user` has in `workspace`, or null when they may not see it at all. */
export async function workspaceRole(
  storage: Storage,
  user: UserRecord,
  workspace: WorkspaceRecord,
): Promise<MemberRole | null> {
  const explicit = await storage.findMembership(workspace.id, user.id);
  if (explicit) return explicit;
  if (workspace.type === 'org_wide') return 'member';
  if (workspace.type === 'public') return 'visitor';
  return null;
}

/** Decides whether `user` may open document `name` and whether only for reading. */
export async function docAccess(storage: Storage, user: UserRecord, name: string): Promise<Access> {
  const parsed = parseDocName(name);
  if (!parsed) return { ok: false, reason: 'bad_name' };
  if (parsed.kind === 'user' || parsed.kind === 'feed') {
    return parsed.id === user.id
      ? { ok: true, role: 'owner', readOnly: parsed.kind === 'feed' }
      : { ok: false, reason: 'forbidden' };
  }
  let workspaceId = parsed.id;
  if (parsed.kind === 'space') {
    const space = await storage.findSpace(parsed.id);
    if (!space) return { ok: false, reason: 'forbidden' };
    workspaceId = space.workspaceId;
  }
  const workspace = await storage.findWorkspace(workspaceId);
  if (!workspace) return { ok: false, reason: 'forbidden' };
  const role = await workspaceRole(storage, user, workspace);
  if (!role) return { ok: false, reason: 'forbidden' };
  return { ok: true, role, readOnly: role === 'visitor' };
}
