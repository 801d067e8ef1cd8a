import { useCallback, type FormEvent } from 'react';
import { signUp, type User } from '../api';
import { Field } from '../common/Field';
import { FormError } from '../common/FormError';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useSubmit } from '../common/useSubmit';

interface SignUpFormProps {
  onSignedUp: (user: User) => void;
  onWantSignIn: () => void;
  /** The instance has no account yet: this one sets it up and owns it. */
  firstRun?: boolean;
}

export function SignUpForm({ onSignedUp, onWantSignIn, firstRun = false }: SignUpFormProps) {
  const action = useCallback(
    async (form: HTMLFormElement) => {
      const data = new FormData(form);
      const user = await signUp({
        name: String(data.get('name')).trim(),
        email: String(data.get('email')).trim(),
        password: String(data.get('password')),
      });
      onSignedUp(user);
    },
    [onSignedUp],
  );
  const { submit, pending, error } = useSubmit(action);
  useDocumentTitle('Create account');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(event.currentTarget);
  };

  return (
    <section className="auth-panel" aria-labelledby="sign-up-heading">
      <h1 id="sign-up-heading">{firstRun ? 'Welcome to Afterboard' : 'Create your Afterboard account'}</h1>
      {firstRun && (
        <p className="muted">
          Nobody has an account here yet. Create the first one: it owns this Afterboard and can invite the
          team, and you can start from a demo workspace right after.
        </p>
      )}
      <form className="stack" onSubmit={onSubmit} aria-busy={pending}>
        <Field label="Name" name="name" autoComplete="name" required autoFocus />
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters."
          required
        />
        <FormError message={error} />
        <button type="submit" className="primary" aria-disabled={pending}>
          {pending ? 'Creating account…' : 'Create account'}
        </button>
      </form>
      {!firstRun && (
        <p className="auth-switch">
          Already have an account?{' '}
          <button type="button" className="link" onClick={onWantSignIn}>
            Sign in instead
          </button>
        </p>
      )}
    </section>
  );
}
