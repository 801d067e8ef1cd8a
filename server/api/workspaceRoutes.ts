/**
 * Workspaces, their members and their spaces. The database says who belongs where; the server seeds the
 * matching Yjs documents through the domain's operations, on the live loaded document so that connected
 * clients see a new space at once.
 */
import { z } from 'zod';
import {
  DomainError,
  nameSchema,
  WORKSPACE_TYPES,
  addSpace,
  findTemplate,
  initSpaceDoc,
  initWorkspaceDoc,
  newId,
  renameWorkspace,
  workspaceMaps,
} from '../../src/domain/index.ts';
import { workspaceRole } from '../access.ts';
import { HttpError, readJson, sendJson } from '../http/json.ts';
import type { MemberRole, UserRecord, WorkspaceRecord } from '../storage/types.ts';
import { requireUser, type ApiRequest } from './context.ts';

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id');

const createWorkspaceSchema = z.object({ name: nameSchema, type: z.enum(WORKSPACE_TYPES) });
const updateWorkspaceSchema = z
  .object({ name: nameSchema.optional(), archived: z.boolean().optional() })
  .strict()
  .refine(
    (input) => input.name !== undefined || input.archived !== undefined,
    'Say the new name, or whether the workspace is archived.',
  );
const memberSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  role: z.enum(['owner', 'member', 'visitor']),
});
const createSpaceSchema = z.object({
  name: nameSchema,
  folderId: idSchema.nullable().optional(),
  template: z.string().max(100).optional(),
});

/** The workspace named in the path and the caller's role in it; 404 when they may not see it. */
export async function loadWorkspace(
  r: ApiRequest,
  user: UserRecord,
): Promise<{ workspace: WorkspaceRecord; role: MemberRole }> {
  const workspace = await r.ctx.storage.findWorkspace(r.params.id ?? '');
  const role = workspace ? await workspaceRole(r.ctx.storage, user, workspace) : null;
  if (!workspace || !role) throw new HttpError(404, 'not_found', 'There is no such workspace.');
  return { workspace, role };
}

function requireOwner(role: MemberRole): void {
  if (role !== 'owner') throw new HttpError(403, 'forbidden', 'Only an owner of the workspace may do this.');
}

/** Turns a refused domain operation into a 400 with the domain's code. */
function domainToHttp(error: unknown): never {
  if (error instanceof DomainError) throw new HttpError(400, error.code, error.message);
  throw error;
}

export async function createWorkspace(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const input = await readJson(r.req, createWorkspaceSchema);
  const workspace: WorkspaceRecord = {
    id: newId(12),
    name: input.name,
    type: input.type,
    createdBy: user.id,
    createdAt: Date.now(),
  };
  // The document is seeded before the database row exists, so nobody can open it half-initialised.
  await r.ctx.registry
    .withDoc(`workspace/${workspace.id}`, (doc) =>
      initWorkspaceDoc(
        doc,
        { id: workspace.id, name: workspace.name, type: workspace.type },
        { actor: user.id },
      ),
    )
    .catch(domainToHttp);
  await r.ctx.storage.createWorkspace(workspace);
  sendJson(r.res, 201, { id: workspace.id, name: workspace.name, type: workspace.type, role: 'owner' });
}

export async function listWorkspaces(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const rows = await r.ctx.storage.listVisibleWorkspaces(user.id);
  sendJson(r.res, 200, {
    workspaces: rows.map((w) => ({
      ...workspaceJson(w),
      role: w.memberRole ?? (w.type === 'org_wide' ? 'member' : 'visitor'),
    })),
  });
}

function workspaceJson(w: WorkspaceRecord) {
  return { id: w.id, name: w.name, type: w.type, archived: w.archivedAt != null };
}

/**
 * An owner renames, archives or restores a workspace. An archived workspace keeps its members, documents
 * and access; the lists show it only when archived items are asked for, so it can be restored. The
 * document's name is written first: a refused name leaves the database as it was.
 */
export async function updateWorkspace(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const input = await readJson(r.req, updateWorkspaceSchema);
  const { workspace, role } = await loadWorkspace(r, user);
  requireOwner(role);
  if (input.name !== undefined && input.name !== workspace.name) {
    const name = input.name;
    await r.ctx.registry
      .withDoc(`workspace/${workspace.id}`, (doc) => renameWorkspace(doc, { name }, { actor: user.id }))
      .catch(domainToHttp);
  }
  const archivedAt =
    input.archived === undefined || input.archived === (workspace.archivedAt != null)
      ? undefined
      : input.archived
        ? Date.now()
        : null;
  await r.ctx.storage.updateWorkspace(workspace.id, { name: input.name, archivedAt });
  const updated = { ...workspace, name: input.name ?? workspace.name };
  if (archivedAt !== undefined) updated.archivedAt = archivedAt;
  sendJson(r.res, 200, { ...workspaceJson(updated), role });
}

/**
 * A visitor of a public workspace becomes a member. Only an implicit visitor (no membership row): a role an
 * owner set explicitly, visitor included, is the owner's decision and `join` does not override it.
 */
export async function joinWorkspace(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const { workspace, role } = await loadWorkspace(r, user);
  if (role !== 'visitor') return sendJson(r.res, 200, { id: workspace.id, role });
  if (workspace.type !== 'public') throw new HttpError(403, 'forbidden', 'Ask an owner to change your role.');
  // Insert-if-absent in one statement: an owner's concurrent "make visitor" cannot be overwritten.
  const added = await r.ctx.storage.addMembershipIfAbsent({
    workspaceId: workspace.id,
    userId: user.id,
    role: 'member',
  });
  if (!added) {
    throw new HttpError(
      403,
      'role_set_by_owner',
      'An owner made you a visitor here; ask an owner to change it.',
    );
  }
  await r.ctx.sync.revalidateUser(user.id);
  sendJson(r.res, 200, { id: workspace.id, role: 'member' });
}

export async function setMember(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const { workspace, role } = await loadWorkspace(r, user);
  requireOwner(role);
  const input = await readJson(r.req, memberSchema);
  const target = await r.ctx.storage.findUserByEmail(input.email);
  // A 400 like unknown_template: the input names something that does not exist, while the workspace
  // in the path does (a 404 says the path itself is wrong).
  if (!target) throw new HttpError(400, 'unknown_user', 'There is no account with this email.');
  const previous = await r.ctx.storage.findMembership(workspace.id, target.id);
  if (
    previous === 'owner' &&
    input.role !== 'owner' &&
    (await r.ctx.storage.countOwners(workspace.id)) <= 1
  ) {
    throw new HttpError(409, 'last_owner', 'A workspace needs at least one owner.');
  }
  await r.ctx.storage.setMembership({ workspaceId: workspace.id, userId: target.id, role: input.role });
  // Open connections follow a change only: the same role set again must not make their pages reconnect.
  if (previous !== input.role) await r.ctx.sync.revalidateUser(target.id);
  sendJson(r.res, previous ? 200 : 201, { userId: target.id, role: input.role });
}

/**
 * Owners remove anyone; others may remove themselves (leave) where that takes their access away: not from
 * an organisation-wide workspace (everyone is in it: leaving would only drop the role an owner set, a
 * visitor's for one, and make them a member), nor as a visitor an owner set in a public one (who would
 * turn into a visitor free to join as a member).
 */
export async function removeMember(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const { workspace, role } = await loadWorkspace(r, user);
  const targetId = r.params.userId ?? '';
  if (targetId !== user.id) requireOwner(role);
  const previous = await r.ctx.storage.findMembership(workspace.id, targetId);
  if (!previous) throw new HttpError(404, 'not_a_member', 'That user is not a member of this workspace.');
  if (targetId === user.id && role !== 'owner') {
    if (workspace.type === 'org_wide') {
      throw new HttpError(403, 'cannot_leave', 'Everyone in the organisation is in this workspace.');
    }
    if (workspace.type === 'public' && previous === 'visitor') {
      throw new HttpError(403, 'role_set_by_owner', 'An owner made you a visitor here: ask an owner.');
    }
  }
  if (previous === 'owner' && (await r.ctx.storage.countOwners(workspace.id)) <= 1) {
    throw new HttpError(409, 'last_owner', 'A workspace needs at least one owner.');
  }
  await r.ctx.storage.deleteMembership(workspace.id, targetId);
  await r.ctx.sync.revalidateUser(targetId);
  sendJson(r.res, 200, { ok: true });
}

/**
 * Whether the workspace lists the space, as stored: a document that failed is dropped, so this reads it
 * again from storage. `null` when that cannot be told (the check failed too; it is logged).
 */
async function isListed(r: ApiRequest, wsName: string, spaceId: string): Promise<boolean | null> {
  try {
    return await r.ctx.registry.withDoc(wsName, (doc) => workspaceMaps(doc).spaces.has(spaceId));
  } catch (error) {
    r.ctx.log(`checking whether ${wsName} lists space ${spaceId} failed`, error);
    return null;
  }
}

/** Deletes a space that could not be listed. A failure is logged: the caller reports the original error. */
async function removeUnlistedSpace(r: ApiRequest, id: string): Promise<void> {
  try {
    await r.ctx.storage.deleteSpace(id);
    await r.ctx.registry.discard(`space/${id}`);
    await r.ctx.storage.deleteDoc(`space/${id}`);
  } catch (error) {
    r.ctx.log(`removing space ${id}, which could not be listed, failed`, error);
  }
}

export async function createSpace(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const { workspace, role } = await loadWorkspace(r, user);
  if (role === 'visitor') throw new HttpError(403, 'forbidden', 'Visitors cannot create spaces.');
  const input = await readJson(r.req, createSpaceSchema);
  if (input.template !== undefined && !findTemplate(input.template)) {
    throw new HttpError(400, 'unknown_template', `There is no space template "${input.template}".`);
  }
  const wsName = `workspace/${workspace.id}`;
  const ctx = { actor: user.id };
  const folderId = input.folderId ?? null;
  // Checked before anything is written; addSpace checks again inside its transaction.
  await r.ctx.registry.withDoc(wsName, (doc) => {
    const folder = folderId === null ? undefined : workspaceMaps(doc).folders.get(folderId);
    if (folderId !== null && (!folder || folder.get('archived') === true)) {
      throw new HttpError(400, 'unknown_folder', 'There is no such folder in this workspace.');
    }
  });
  const id = newId(12);
  await r.ctx.registry
    .withDoc(`space/${id}`, (doc) => initSpaceDoc(doc, { id, template: input.template }, ctx), user.id)
    .catch(domainToHttp);
  // The row comes before the listing: a client that sees the space in the workspace may open it at once.
  await r.ctx.storage.createSpace({
    id,
    workspaceId: workspace.id,
    createdBy: user.id,
    createdAt: Date.now(),
  });
  try {
    await r.ctx.registry.withDoc(wsName, (doc) =>
      addSpace(doc, { spaceId: id, name: input.name, folderId }, ctx),
    );
  } catch (error) {
    // The error alone does not say whether the listing is stored: the document also fails when another
    // write to it fails, before or after this one. What storage holds decides.
    const listed = await isListed(r, wsName, id);
    // Listed: the space exists. Certainly not listed (e.g. the folder was archived meanwhile, or the write
    // failed): without the registration and the seeded document the space is gone entirely, rather than
    // reachable by id but missing from its workspace. Unknown: it stays, as removing a listed space's
    // registration would leave the listing pointing at nothing.
    if (listed === false) await removeUnlistedSpace(r, id);
    if (listed !== true) domainToHttp(error);
  }
  sendJson(r.res, 201, { id });
}
