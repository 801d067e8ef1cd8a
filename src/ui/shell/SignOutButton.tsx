import { useCallback } from 'react';
import { ApiError, signOut } from '../api';
import { FormError } from '../common/FormError';
import { useSubmit } from '../common/useSubmit';

interface SignOutButtonProps {
  onSignedOut: () => void | Promise<void>;
  /** Told as the sign-out starts (`true`), and when it failed and the user stays signed in (`false`). */
  onSigningOut?: (underWay: boolean) => void;
  /** Why signing out must wait, or null when it may go ahead. */
  blockedBy?: () => string | null;
}

/**
 * Ends the session on the server first: the page only changes once the server forgot it. Offline this
 * fails with a message and the user stays signed in, local copies and all.
 */
export function SignOutButton({ onSignedOut, onSigningOut, blockedBy }: SignOutButtonProps) {
  const action = useCallback(async () => {
    const reason = blockedBy?.();
    // Shown in the form like a refusal of the server's (the request is never sent).
    if (reason) throw new ApiError('must_wait', reason, 0);
    onSigningOut?.(true);
    try {
      await signOut();
    } catch (error) {
      onSigningOut?.(false);
      throw error;
    }
    await onSignedOut();
  }, [onSignedOut, onSigningOut, blockedBy]);
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
