// The browser's client for the server's JSON API under /api. Every failure becomes an ApiError carrying the
// server's `{error: {code, message}}`, so a form can show the server's own words where the user acted.

export interface User {
  id: string;
  email: string;
  name: string;
  instanceRole?: 'owner' | 'user';
}

export type WorkspaceType = 'private' | 'public' | 'org_wide';

export interface Workspace {
  id: string;
  name: string;
  type: WorkspaceType;
  /** The caller's role in it. */
  role: 'owner' | 'member' | 'visitor';
  /** Archived by an owner: listed only where archived items are asked for (absent in older local copies). */
  archived?: boolean;
}

export class ApiError extends Error {
  constructor(
    /** The server's error code (`invalid_input`, `unauthorized`, …), or `network` when it was not reached. */
    readonly code: string,
    message: string,
    /** HTTP status; 0 when the request never got an answer. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    const { code, message } = body.error ?? {};
    if (typeof code === 'string' && typeof message === 'string') {
      return new ApiError(code, message, response.status);
    }
  } catch {
    // Not JSON (a proxy's error page, say): fall through to a generic message.
  }
  return new ApiError(
    `http_${response.status}`,
    `The server answered ${response.status} ${response.statusText}. Try again in a moment.`,
    response.status,
  );
}

/** One JSON request; every failure becomes an {@link ApiError}. */
export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      // The server refuses a state-changing request without a JSON content type, body or not (CSRF rule).
      headers:
        method === 'GET'
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('network', 'Could not reach the server. Check your connection and try again.', 0);
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The signed-in user, or null when there is no valid session (401). */
export async function fetchMe(): Promise<User | null> {
  try {
    return await request<User>('GET', '/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Whether the instance has any account yet; a first run has none and opens on creating the owner's. */
export async function fetchInstance(): Promise<{ hasAccounts: boolean }> {
  return request<{ hasAccounts: boolean }>('GET', '/api/instance');
}

export async function signIn(input: { email: string; password: string }): Promise<User> {
  return request<User>('POST', '/api/auth/login', input);
}

export async function signUp(input: { name: string; email: string; password: string }): Promise<User> {
  return request<User>('POST', '/api/auth/signup', input);
}

export async function signOut(): Promise<void> {
  await request<unknown>('POST', '/api/auth/logout');
}

export async function listWorkspaces(): Promise<Workspace[]> {
  const { workspaces } = await request<{ workspaces: Workspace[] }>('GET', '/api/workspaces');
  return workspaces;
}

export async function createWorkspace(input: { name: string; type: WorkspaceType }): Promise<Workspace> {
  return request<Workspace>('POST', '/api/workspaces', input);
}

/** Renames, archives or restores a workspace (owners only). */
export async function updateWorkspace(
  workspaceId: string,
  changes: { name?: string; archived?: boolean },
): Promise<Workspace> {
  return request<Workspace>('PATCH', `/api/workspaces/${encodeURIComponent(workspaceId)}`, changes);
}

/** Creates a space in the workspace; resolves to the new space's id. */
export async function createSpace(
  workspaceId: string,
  input: { name: string; template?: string; folderId?: string },
): Promise<string> {
  const { id } = await request<{ id: string }>(
    'POST',
    `/api/workspaces/${encodeURIComponent(workspaceId)}/spaces`,
    input,
  );
  return id;
}

/** Joins a public workspace the user can see as a visitor; resolves to their new role. */
export async function joinWorkspace(workspaceId: string): Promise<Workspace['role']> {
  const { role } = await request<{ id: string; role: Workspace['role'] }>(
    'POST',
    `/api/workspaces/${encodeURIComponent(workspaceId)}/join`,
  );
  return role;
}

/** A user of a workspace as its member directory shows them; `email` is sent to owners only. */
export interface Member {
  id: string;
  name: string;
  role: Workspace['role'];
  email?: string;
}

/** The workspace's member directory. */
export async function listMembers(workspaceId: string): Promise<Member[]> {
  const { members } = await request<{ members: Member[] }>(
    'GET',
    `/api/workspaces/${encodeURIComponent(workspaceId)}/members`,
  );
  return members;
}

/** Adds the account with this email to the workspace, or changes its role there (owners only). */
export async function setMember(
  workspaceId: string,
  input: { email: string; role: Workspace['role'] },
): Promise<void> {
  await request<unknown>('POST', `/api/workspaces/${encodeURIComponent(workspaceId)}/members`, input);
}

/** Removes a user from the workspace (owners; anyone may remove themselves). */
export async function removeMember(workspaceId: string, userId: string): Promise<void> {
  await request<unknown>(
    'DELETE',
    `/api/workspaces/${encodeURIComponent(workspaceId)}/members/${encodeURIComponent(userId)}`,
  );
}

/** The demo workspace the instance owner may create once, with its spaces by name. */
export interface DemoWorkspace extends Workspace {
  spaces: Array<{ id: string; name: string }>;
}

export async function createDemo(): Promise<DemoWorkspace> {
  return request<DemoWorkspace>('POST', '/api/demo');
}

/**
 * Adds a comment through the server, for a reader who may comment but not write the space document (a
 * visitor): the comment arrives through sync like anyone's.
 */
export async function postComment(
  spaceId: string,
  cardId: string,
  input: { text: string; mentions: string[] },
): Promise<{ id: string }> {
  return request<{ id: string }>(
    'POST',
    `/api/spaces/${encodeURIComponent(spaceId)}/cards/${encodeURIComponent(cardId)}/comments`,
    input,
  );
}

/** Edits one's own comment through the server (visitors, whose document edits the server drops). */
export async function patchComment(
  spaceId: string,
  cardId: string,
  commentId: string,
  input: { text: string; mentions: string[] },
): Promise<void> {
  await request<unknown>('PATCH', commentPath(spaceId, cardId, commentId), input);
}

/** Deletes one's own comment through the server (visitors). */
export async function removeComment(spaceId: string, cardId: string, commentId: string): Promise<void> {
  await request<unknown>('DELETE', commentPath(spaceId, cardId, commentId));
}

function commentPath(spaceId: string, cardId: string, commentId: string): string {
  return `/api/spaces/${encodeURIComponent(spaceId)}/cards/${encodeURIComponent(cardId)}/comments/${encodeURIComponent(commentId)}`;
}
