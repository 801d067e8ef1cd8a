/**
 * Session tokens. The browser holds a random 32-byte token in an httpOnly cookie; the database holds only
 * its SHA-256, so a leaked database does not hand out live sessions.
 */
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Storage, UserRecord } from '../storage/types.ts';

export const SESSION_COOKIE = 'afterboard_session';
/** Session lifetime: 30 days, in ms. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

/** Creates a session for `userId`; resolves to the raw token to put in the cookie. */
export async function createSession(storage: Storage, userId: string, now = Date.now()): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await storage.createSession(hashToken(token), userId, now + SESSION_TTL_MS);
  return token;
}

/** Parses a `Cookie` header into name → value (first occurrence wins). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

/** The session token of a request, or null when it carries none. */
export function sessionToken(req: IncomingMessage): string | null {
  const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

/** The signed-in user of a request, or null for a missing, unknown or expired session. */
export async function userFromRequest(storage: Storage, req: IncomingMessage): Promise<UserRecord | null> {
  const token = sessionToken(req);
  return token ? storage.findSessionUser(hashToken(token), Date.now()) : null;
}

/** `Set-Cookie` value that stores the session token (httpOnly, SameSite=Lax, whole site). */
export function sessionCookie(token: string, secure: boolean): string {
  const maxAge = Math.floor(SESSION_TTL_MS / 1000);
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

/** `Set-Cookie` value that removes the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`;
}
