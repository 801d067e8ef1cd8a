import { useCallback, type FormEvent } from 'react';
import { signUp, type User } from '../api';
import { Field } from '../common/Field';
import { FormError } from '../common/FormError';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useSubmit } from '../common/useSubmit';

interface SignUpFormProps {
  onSignedUp: (user: User) => void;
  onWantSignIn: () => void;
}

export function SignUpForm({ onSignedUp, onWantSignIn }: SignUpFormProps) {
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
      <h1 id="sign-up-heading">Create your Afterboard account</h1>
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
      <p className="auth-switch">
        Already have an account?{' '}
        <button type="button" className="link" onClick={onWantSignIn}>
          Sign in instead
        </button>
      </p>
    </section>
  );
}
