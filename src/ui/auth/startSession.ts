import { fetchInstance, fetchMe, type User } from '../api';
import type { LocalIdentity } from './localIdentity';
import { isUnreachable } from './unreachable';

export type Start =
  | {
      name: 'home';
      user: User;
      /** Started from this device's memory: the server was not reached. */
      offline: boolean;
    }
  | { name: 'sign-in' }
  /** Nobody has an account yet: the first sign-up sets the instance up and owns it. */
  | { name: 'first-run' }
  | { name: 'unreachable'; message: string };

/**
 * Decides the first screen. The server's `/api/me` decides who is signed in whenever it answers; only when
 * it cannot be reached does the app start as the user this device last saw signed in.
 */
export async function startSession(identity: LocalIdentity): Promise<Start> {
  try {
    const user = await fetchMe();
    if (user) {
      await identity.signedIn(user);
      return { name: 'home', user, offline: false };
    }
    await identity.sessionEnded();
    return (await isFirstRun()) ? { name: 'first-run' } : { name: 'sign-in' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!isUnreachable(error)) return { name: 'unreachable', message };
    const known = await identity.load();
    return known ? { name: 'home', user: known.user, offline: true } : { name: 'unreachable', message };
  }
}

/** Whether nobody has an account yet. Not knowing is no reason to keep anyone from signing in. */
async function isFirstRun(): Promise<boolean> {
  try {
    return !(await fetchInstance()).hasAccounts;
  } catch {
    return false;
  }
}
