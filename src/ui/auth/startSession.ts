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
 * How long a start waits for the server before opening on what this device remembers, ms. A refused
 * connection fails at once, but a server whose host vanished can leave the request hanging for as long
 * as the browser's connect timeout, and the user would stare at "Opening Afterboard…".
 */
export const START_PATIENCE_MS = 4000;

/**
 * Decides the first screen. The server's `/api/me` decides who is signed in whenever it answers (in time);
 * only when it cannot be reached does the app start as the user this device last saw signed in.
 */
export async function startSession(identity: LocalIdentity, patienceMs = START_PATIENCE_MS): Promise<Start> {
  const answered = ask(identity);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const impatient = new Promise<Start | null>((resolve) => {
    timer = setTimeout(() => void remembered(identity).then(resolve), patienceMs);
  });
  // Without a remembered user there is nothing to open: wait for the server however long it takes.
  const tired = impatient.then((start) => start ?? answered);
  try {
    return await Promise.race([answered, tired]);
  } finally {
    clearTimeout(timer);
  }
}

async function ask(identity: LocalIdentity): Promise<Start> {
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
    return (await remembered(identity)) ?? { name: 'unreachable', message };
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

async function remembered(identity: LocalIdentity): Promise<Start | null> {
  const known = await identity.load();
  return known && { name: 'home', user: known.user, offline: true };
}
