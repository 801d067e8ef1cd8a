// The forecasts run 10,000-trial simulations, a tenth of a second or more on a sparse history. A burst of
// edits (the first sync of a space, a teammate moving many cards) changes the report dozens of times a
// second, and recomputing the forecasts for every state in between kept the page frozen for seconds; so
// they follow the report only once it has been quiet for a moment.
import { useEffect, useState } from 'react';

/** Milliseconds the report must stay unchanged before the forecasts are computed for it again. */
export const QUIET_MS = 300;

/** `value` as it was when it last stayed unchanged for `ms` milliseconds (the first value at once). */
export function useQuietValue<T>(value: T, ms = QUIET_MS): T {
  const [quiet, setQuiet] = useState(value);
  useEffect(() => {
    if (Object.is(value, quiet)) return;
    const timer = setTimeout(() => setQuiet(() => value), ms);
    return () => clearTimeout(timer);
  }, [value, quiet, ms]);
  return quiet;
}
