import { useCallback } from 'react';
import { signOut } from '../api';
import { FormError } from '../common/FormError';
import { useSubmit } from '../common/useSubmit';

/**
 * Ends the session on the server first: the page only changes once the server forgot it. Offline this
 * fails with a message and the user stays signed in, local copies and all.
 */
export function SignOutButton({ onSignedOut }: { onSignedOut: () => void | Promise<void> }) {
  const action = useCallback(async () => {
    await signOut();
    await onSignedOut();
  }, [onSignedOut]);
  const { submit, pending, error } = useSubmit(action);
  return (
    <>
      <button type="button" onClick={() => void submit()} aria-disabled={pending}>
        Sign out
      </button>
      <FormError message={error} />
    </>
  );
}
