import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api';

/**
 * Runs a form's async action once at a time and keeps its error for the form to show inline. A second
 * submit while one is in flight is ignored, so a double click never creates two workspaces.
 */
export function useSubmit<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  const submit = useCallback(
    async (...args: A) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setPending(true);
      setError(null);
      try {
        await action(...args);
      } catch (caught) {
        setError(
          caught instanceof ApiError ? caught.message : 'Something went wrong. Try again in a moment.',
        );
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [action],
  );

  return { submit, pending, error };
}
