import { useEffect, useRef } from 'react';

/**
 * A ref holding the latest `value`, for code that runs later than the render (a chart's click, a column's
 * scroll to a card) and must not be set up again each time the value changes.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
