import type { Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef } from 'react';

/** The card at the top of a long column's view, and where it starts in the column, at the last render. */
interface Place {
  ids: readonly string[];
  cardId: string | undefined;
  start: number;
  dragging: boolean;
}

/**
 * Keeps a long column's view on the cards its user is reading when cards are added or taken away above
 * them (a colleague's card added at the top, a card moved out of the column), as the browser's scroll
 * anchoring does for a plain list. Long columns have it off: their virtualizer corrects its own scroll as
 * it measures cards (styles.css). A column at its top shows what is added there. A drag moves the view of
 * its columns itself, and its drop leaves the cards where the drag showed them: a change of the cards
 * during a drag, or at its drop, is left alone.
 */
export function useKeptPlace(
  virtualizer: Virtualizer<HTMLUListElement, Element>,
  ids: readonly string[],
  dragging: boolean,
): void {
  const last = useRef<Place | null>(null);
  // After every render, before the paint: the list renders at each frame of a scroll, so the place is
  // always the one the user last saw.
  useLayoutEffect(() => {
    const before = last.current;
    let offset = virtualizer.scrollOffset ?? 0;
    if (
      before !== null &&
      before.ids !== ids &&
      before.cardId !== undefined &&
      !dragging &&
      !before.dragging &&
      offset > 0
    ) {
      const start = virtualizer.measurementsCache[ids.indexOf(before.cardId)]?.start;
      if (start !== undefined && start !== before.start) {
        offset = Math.max(0, offset + start - before.start);
        // Straight to the element: the virtualizer's own scrolling goes on asserting its target for some
        // frames, and took back a scroll the user made right after.
        if (virtualizer.scrollElement !== null) virtualizer.scrollElement.scrollTop = offset;
      }
    }
    const top = virtualizer.getVirtualItemForOffset(offset);
    last.current = { ids, cardId: top && ids[top.index], start: top?.start ?? 0, dragging };
  });
}
