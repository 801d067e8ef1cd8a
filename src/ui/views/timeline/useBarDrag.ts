// Pointer drag of one bar. The preview lives in the bar's own state and changes only when the drag crosses
// a day boundary; the drop commits one domain operation, so a whole drag is one undo step.
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { BarPart } from './scale';

/** Below this many px of travel a press is a click (it opens the card). */
const CLICK_SLOP_PX = 4;

export interface BarPreview {
  part: BarPart;
  /** Whole days the part has been dragged by. */
  delta: number;
}

interface DragStart {
  pointerId: number;
  x: number;
  part: BarPart;
  moved: boolean;
}

export interface BarDrag {
  preview: BarPreview | null;
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  onPointerCancel: () => void;
  /** Escape during a drag puts the bar back. */
  onKeyDownWhileDragging: (event: KeyboardEvent<HTMLElement>) => boolean;
  /** True once for the click that ends a drag, which must not open the card. */
  takeDragClick: () => boolean;
}

export function useBarDrag(dayPx: number, enabled: boolean, onDrop: (preview: BarPreview) => void): BarDrag {
  const [preview, setPreview] = useState<BarPreview | null>(null);
  const start = useRef<DragStart | null>(null);
  const dragClick = useRef(false);

  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      // A drag whose pointerup was followed by no click must not swallow this press's click.
      dragClick.current = false;
      if (!enabled || event.button !== 0) return;
      const part = (event.target as HTMLElement).dataset.part as BarPart | undefined;
      event.currentTarget.setPointerCapture(event.pointerId);
      start.current = { pointerId: event.pointerId, x: event.clientX, part: part ?? 'move', moved: false };
    },
    [enabled],
  );
  const onPointerMove = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const drag = start.current;
      if (!drag || drag.pointerId !== event.pointerId) return;
      const dx = event.clientX - drag.x;
      if (!drag.moved && Math.abs(dx) < CLICK_SLOP_PX) return;
      drag.moved = true;
      const delta = Math.round(dx / dayPx);
      setPreview((current) =>
        current?.delta === delta && current.part === drag.part ? current : { part: drag.part, delta },
      );
    },
    [dayPx],
  );
  const onPointerUp = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const drag = start.current;
      if (!drag || drag.pointerId !== event.pointerId) return;
      start.current = null;
      if (!drag.moved) return;
      dragClick.current = true;
      const delta = Math.round((event.clientX - drag.x) / dayPx);
      if (delta !== 0) onDrop({ part: drag.part, delta });
      setPreview(null);
    },
    [dayPx, onDrop],
  );
  const onPointerCancel = useCallback(() => {
    start.current = null;
    setPreview(null);
  }, []);
  const onKeyDownWhileDragging = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (!start.current) return false;
    if (event.key === 'Escape') {
      // The pointer is still captured: the coming pointerup must neither drop nor open.
      start.current = null;
      dragClick.current = true;
      setPreview(null);
    }
    event.preventDefault();
    return true;
  }, []);
  const takeDragClick = useCallback(() => {
    const was = dragClick.current;
    dragClick.current = false;
    return was;
  }, []);
  return {
    preview,
    onPointerDown,
    onPointerMove,
    onPointerUp,
    onPointerCancel,
    onKeyDownWhileDragging,
    takeDragClick,
  };
}
