import { createFocusTrap, type FocusTrap } from 'focus-trap';
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps Tab and Shift+Tab inside `box` while the calling component is mounted (focus-trap). A trap
 * opened over another (the command palette over a dialog) pauses it until it closes. Focus stays where the
 * content puts it first; Escape and outside presses are the caller's to handle. Returns `release`, to call
 * before giving focus back outside the box (the trap would otherwise pull it back in).
 */
export function useFocusTrap(box: RefObject<HTMLElement | null>): () => void {
  const trapped = useRef<FocusTrap | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const trap = createFocusTrap(box.current, {
      initialFocus: false,
      fallbackFocus: box.current,
      escapeDeactivates: false,
      allowOutsideClick: true,
      returnFocusOnDeactivate: false,
    });
    trap.activate();
    trapped.current = trap;
    return () => {
      trapped.current = null;
      trap.deactivate();
    };
  }, [box]);
  return useCallback(() => void trapped.current?.deactivate(), []);
}
