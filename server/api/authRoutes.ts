/** Sign-up, login, logout and the current user. */
import { z } from 'zod';
import { newId } from '../../src/domain/index.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../auth/passwords.ts';
import {
  clearedSessionCookie,
  createSession,
  hashToken,
  sessionCookie,
  sessionToken,
} from '../auth/sessions.ts';
import { HttpError, readJson, sendJson } from '../http/json.ts';
import { ConflictError } from '../storage/types.ts';
import { publicUser, requireUser, type ApiRequest } from './context.ts';

/** Longest accepted password (characters): scrypt cost grows with length, and nobody types more. */
const PASSWORD_MAX = 1024;

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address');

const signupSchema = z.object({
  email: emailSchema,
  password: z.string().min(8, 'must be at least 8 characters').max(PASSWORD_MAX),
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
});

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(PASSWORD_MAX),
});

/**
 * Whether the cookie gets `Secure`: when configured, or when the request came over HTTPS (directly or, as a
 * TLS-terminating proxy reports it, `X-Forwarded-Proto: https`). A forged header only affects the sender's
 * own cookie.
 */
function secure({ req, ctx }: ApiRequest): boolean {
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  return ctx.secureCookies || encrypted || req.headers['x-forwarded-proto'] === 'https';
}

const INVALID_LOGIN = 'The email or password is wrong.';

export async function signup(r: ApiRequest): Promise<void> {
  const input = await readJson(r.req, signupSchema);
  const passwordHash = await hashPassword(input.password);
  let user;
  try {
    user = await r.ctx.storage.createUser({
      id: newId(8),
      email: input.email,
      name: input.name,
      passwordHash,
      createdAt: Date.now(),
    });
  } catch (error) {
    if (error instanceof ConflictError) throw new HttpError(409, 'email_taken', error.message);
    throw error;
  }
  // Loading MySpace initialises it (server-side, once, so two devices cannot both do it). The account is
  // committed already: if this fails, sign-up still succeeds and the first open of MySpace repairs it.
  await r.ctx.registry
    .withDoc(`user/${user.id}`, () => {})
    .catch((error: unknown) => r.ctx.log('initialising MySpace of a new account failed', error));
  const token = await createSession(r.ctx.storage, user.id);
  sendJson(r.res, 201, publicUser(user), { 'Set-Cookie': sessionCookie(token, secure(r)) });
}

export async function login(r: ApiRequest): Promise<void> {
  const input = await readJson(r.req, loginSchema);
  const found = await r.ctx.storage.findUserByEmail(input.email);
  // The same work and the same answer whether or not the account exists.
  if (!found) {
    await verifyAgainstDummy(input.password);
    throw new HttpError(401, 'invalid_credentials', INVALID_LOGIN);
  }
  if (!(await verifyPassword(input.password, found.passwordHash))) {
    throw new HttpError(401, 'invalid_credentials', INVALID_LOGIN);
  }
  const token = await createSession(r.ctx.storage, found.id);
  sendJson(r.res, 200, publicUser(found), { 'Set-Cookie': sessionCookie(token, secure(r)) });
}

export async function logout(r: ApiRequest): Promise<void> {
  const token = sessionToken(r.req);
  if (token) {
    const hash = hashToken(token);
    await r.ctx.storage.deleteSession(hash);
    // Other tabs of the browser still hold sockets opened with it: they end now, not at their next upgrade.
    r.ctx.sync.endSession(hash);
  }
  sendJson(r.res, 200, { ok: true }, { 'Set-Cookie': clearedSessionCookie(secure(r)) });
}

/**
 * What the app needs before anyone signs in: whether the instance has accounts yet, so that a first run
 * goes straight to creating the owner's account. Public, and says nothing about who the accounts are.
 */
export async function instance(r: ApiRequest): Promise<void> {
  sendJson(r.res, 200, { hasAccounts: await r.ctx.storage.hasUsers() });
}

export async function me(r: ApiRequest): Promise<void> {
  sendJson(r.res, 200, publicUser(await requireUser(r)));
}
