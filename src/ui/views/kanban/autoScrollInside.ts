import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { AutoScrollOptions } from '@dnd-kit/core';

/**
 * dnd-kit scrolls a board while what is dragged is held near the board's edges, and it goes on with the
 * pointer past an edge — over the sidebar or the header, where someone goes to let go outside the board,
 * and where the board then slid away under them. This keeps the scrolling to a pointer inside `area`
 * (measured once per drag: the board's place does not change while a card is held).
 */
export function useAutoScrollInside(
  area: RefObject<HTMLElement | null>,
  /** A pointer drag is in progress. */
  dragging: boolean,
): AutoScrollOptions {
  const outside = useRef(false);
  useEffect(() => {
    const board = area.current;
    if (!dragging || board === null) return;
    const rect = board.getBoundingClientRect();
    const track = (event: PointerEvent) => {
      const { clientX: x, clientY: y } = event;
      outside.current = x < rect.left || x > rect.right || y < rect.top || y > rect.bottom;
    };
    // Before dnd-kit's own listener, so the place it scrolls by is already known.
    document.addEventListener('pointermove', track, { capture: true, passive: true });
    return () => {
      document.removeEventListener('pointermove', track, { capture: true });
      outside.current = false;
    };
  }, [area, dragging]);
  return useMemo(() => ({ canScroll: () => !outside.current }), []);
}
