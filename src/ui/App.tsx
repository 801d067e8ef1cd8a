import { useCallback, useEffect, useRef, useState } from 'react';
import type { User } from './api';
import { browserLocalIdentity, LocalIdentityContext, type LocalIdentity } from './auth/localIdentity';
import { SignInForm } from './auth/SignInForm';
import { SignUpForm } from './auth/SignUpForm';
import { startSession, type Start } from './auth/startSession';
import { FormError } from './common/FormError';
import { AppShell } from './shell/AppShell';

type Screen = { name: 'checking' } | { name: 'sign-up' } | Start;

/** How often an app started offline asks the server again whether it is back, ms. */
const RECHECK_MS = 10_000;

interface AppProps {
  /** What this device remembers of the session; the browser's IndexedDB by default. */
  identity?: LocalIdentity;
}

/**
 * Decides the screen from the session: the server's `/api/me` is the one source of who is signed in;
 * when it cannot be reached, the user this device last saw signed in starts on the local copies.
 */
export function App({ identity = browserLocalIdentity() }: AppProps) {
  const [screen, setScreen] = useState<Screen>({ name: 'checking' });
  const [attempt, setAttempt] = useState(0);

  // Set when the server ended the session under the shell: the shell then starts afresh even for the
  // same person signed in again (its documents were refused for good and do not reconnect).
  const sessionEnded = useRef(false);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    void startSession(identity).then((start) => {
      if (!current) return;
      if (sessionEnded.current) {
        sessionEnded.current = false;
        setGeneration((n) => n + 1);
        setScreen(start);
      } else setScreen((prev) => (same(prev, start) ? prev : start));
    });
    return () => {
      current = false;
    };
  }, [identity, attempt]);

  // Started offline: keep asking, so the app learns that the server is back (and whether the session
  // still holds) without a reload. The documents reconnect by themselves meanwhile.
  const startedOffline = screen.name === 'home' && screen.offline;
  useEffect(() => {
    if (!startedOffline) return;
    const recheck = () => setAttempt((n) => n + 1);
    const timer = setInterval(recheck, RECHECK_MS);
    window.addEventListener('online', recheck);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', recheck);
    };
  }, [startedOffline]);

  const showHome = useCallback(
    // The previous person's local copies must be gone before the shell opens a document.
    (user: User) =>
      void identity.signedIn(user).then(() => setScreen({ name: 'home', user, offline: false })),
    [identity],
  );
  const showSignIn = useCallback(() => setScreen({ name: 'sign-in' }), []);
  // The server ended the session under an open shell (signed out in another tab): ask who is signed in.
  const recheck = useCallback(() => {
    sessionEnded.current = true;
    setAttempt((n) => n + 1);
  }, []);
  const showSignUp = useCallback(() => setScreen({ name: 'sign-up' }), []);

  switch (screen.name) {
    case 'checking':
      return (
        <main className="centered" aria-busy="true">
          <p className="muted">Opening Afterboard…</p>
        </main>
      );
    case 'unreachable':
      return (
        <main className="centered stack">
          <h1>Afterboard is not reachable</h1>
          <FormError message={screen.message} />
          <button type="button" className="primary" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </main>
      );
    case 'sign-in':
      return (
        <main className="centered">
          <SignInForm onSignedIn={showHome} onWantSignUp={showSignUp} />
        </main>
      );
    case 'sign-up':
    case 'first-run':
      return (
        <main className="centered">
          <SignUpForm
            onSignedUp={showHome}
            onWantSignIn={showSignIn}
            firstRun={screen.name === 'first-run'}
          />
        </main>
      );
    case 'home':
      return (
        <LocalIdentityContext.Provider value={identity}>
          {/* Another user means other documents: a fresh shell and document pool. */}
          <AppShell
            key={`${screen.user.id}:${generation}`}
            user={screen.user}
            offline={screen.offline}
            onSignedOut={showSignIn}
            onSessionEnded={recheck}
          />
        </LocalIdentityContext.Provider>
      );
  }
}

/** A recheck that changes nothing keeps the screen as it is (no re-render of the whole app). */
function same(prev: Screen, next: Start): boolean {
  if (prev.name !== next.name) return false;
  if (prev.name === 'home' && next.name === 'home') {
    return prev.offline === next.offline && JSON.stringify(prev.user) === JSON.stringify(next.user);
  }
  return prev.name !== 'unreachable';
}
