import { useEffect, useRef } from 'react';

/**
 * A ref holding the latest `value`: a chart reads its click handler from it at click time, so a new
 * callback does not make the chart be built again.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
