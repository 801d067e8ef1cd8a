import { useCallback, useEffect, useState } from 'react';
import { fetchMe, type User } from './api';
import { SignInForm } from './auth/SignInForm';
import { SignUpForm } from './auth/SignUpForm';
import { FormError } from './common/FormError';
import { AppShell } from './shell/AppShell';

type Screen =
  | { name: 'checking' }
  | { name: 'unreachable'; message: string }
  | { name: 'sign-in' }
  | { name: 'sign-up' }
  | { name: 'home'; user: User };

/** Decides the screen from the session: the server's `/api/me` is the one source of who is signed in. */
export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    fetchMe().then(
      (user) => current && setScreen(user ? { name: 'home', user } : { name: 'sign-in' }),
      (error: Error) => current && setScreen({ name: 'unreachable', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const showHome = useCallback((user: User) => setScreen({ name: 'home', user }), []);
  const showSignIn = useCallback(() => setScreen({ name: 'sign-in' }), []);
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
      return (
        <main className="centered">
          <SignUpForm onSignedUp={showHome} onWantSignIn={showSignIn} />
        </main>
      );
    case 'home':
      return <AppShell user={screen.user} onSignedOut={showSignIn} />;
  }
}
