/**
 * The member directory of a workspace: who the board can name, assign and show as present. Emails go to
 * owners only: they manage memberships by email, while members and visitors need only names.
 */
import { sendJson } from '../http/json.ts';
import { requireUser, type ApiRequest } from './context.ts';
import { loadWorkspace } from './workspaceRoutes.ts';

export async function listMembers(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const { workspace, role } = await loadWorkspace(r, user);
  // An org-wide workspace has every user of the instance as a member, with or without a row.
  const rows = await r.ctx.storage.listMembers(workspace.id, workspace.type === 'org_wide');
  const members = rows.map((member) =>
    role === 'owner'
      ? { id: member.id, name: member.name, role: member.role, email: member.email }
      : { id: member.id, name: member.name, role: member.role },
  );
  sendJson(r.res, 200, { members });
}
