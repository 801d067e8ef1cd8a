import { useCallback, type FormEvent } from 'react';
import { signIn, type User } from '../api';
import { Field } from '../common/Field';
import { FormError } from '../common/FormError';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useSubmit } from '../common/useSubmit';

interface SignInFormProps {
  onSignedIn: (user: User) => void;
  onWantSignUp: () => void;
}

export function SignInForm({ onSignedIn, onWantSignUp }: SignInFormProps) {
  const action = useCallback(
    async (form: HTMLFormElement) => {
      const data = new FormData(form);
      const user = await signIn({ email: String(data.get('email')), password: String(data.get('password')) });
      onSignedIn(user);
    },
    [onSignedIn],
  );
  const { submit, pending, error } = useSubmit(action);
  useDocumentTitle('Sign in');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(event.currentTarget);
  };

  return (
    <section className="auth-panel" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">Sign in to Afterboard</h1>
      <form className="stack" onSubmit={onSubmit} aria-busy={pending}>
        <Field label="Email" name="email" type="email" autoComplete="username" required autoFocus />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <FormError message={error} />
        <button type="submit" className="primary" aria-disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth-switch">
        New here?{' '}
        <button type="button" className="link" onClick={onWantSignUp}>
          Create an account
        </button>
      </p>
    </section>
  );
}
