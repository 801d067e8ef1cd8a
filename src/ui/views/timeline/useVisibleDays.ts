// Which days of the axis are in view, and where the view goes when the axis changes. The window is
// quantized to steps of a few hundred px and padded on both sides, so horizontal scrolling re-renders the
// rows only every few hundred px, never per scroll event.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { TimelineGeometry } from './timelineContext';

const STEP_PX = 240;
const MARGIN_PX = 480;
/** Where "today" is put when the Timeline opens: this share of the track's visible width from its left. */
const TODAY_AT = 0.25;

export interface VisibleDays {
  /** First and last day drawn (day numbers, both included). */
  from: number;
  to: number;
  /** Keeps the day now in the centre of the view there after the next zoom change. */
  keepCentre: () => void;
  /** Scrolls today into view. */
  showToday: () => void;
}

interface Anchor {
  /** Fractional day (day number). */
  day: number;
  /** Where it goes: px from the left edge of the visible track. */
  atPx: number;
}

export function useVisibleDays(
  scroller: RefObject<HTMLDivElement | null>,
  geometry: TimelineGeometry,
  labelPx: number,
  today: number,
): VisibleDays {
  const { originDay, dayPx } = geometry;
  const [view, setView] = useState({ left: 0, width: 1200 });
  const trackWidth = () => Math.max(0, (scroller.current?.clientWidth ?? view.width) - labelPx);
  // The first layout puts today in view.
  const anchor = useRef<Anchor | null>({ day: today, atPx: Number.NaN });
  const shown = useRef({ originDay, dayPx });

  // Scroll events read only the scroll offset, the resize observer only the width: reading the width on
  // every scroll forced a layout per event while the rows had just changed.
  const read = useCallback(
    (width?: number) => {
      const element = scroller.current;
      if (!element) return;
      const left = Math.floor(element.scrollLeft / STEP_PX) * STEP_PX;
      setView((current) => {
        const next = width ?? current.width;
        return current.left === left && current.width === next ? current : { left, width: next };
      });
    },
    [scroller],
  );

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const target = anchor.current;
    if (target) {
      const atPx = Number.isNaN(target.atPx) ? trackWidth() * TODAY_AT : target.atPx;
      element.scrollLeft = (target.day - originDay) * dayPx - atPx;
      anchor.current = null;
    } else if (shown.current.dayPx === dayPx && shown.current.originDay !== originDay) {
      // The axis grew at its start (a bar dragged past it): the same days stay under the view.
      element.scrollLeft += (shown.current.originDay - originDay) * dayPx;
    }
    shown.current = { originDay, dayPx };
    read(element.clientWidth);
  }, [originDay, dayPx, read, scroller]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onScroll = () => read();
    element.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(([entry]) => read(entry?.contentRect.width));
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      resize.disconnect();
    };
  }, [scroller, read]);

  const keepCentre = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    const atPx = trackWidth() / 2;
    anchor.current = { day: originDay + (element.scrollLeft + atPx) / dayPx, atPx };
  }, [scroller, originDay, dayPx]);

  const showToday = useCallback(() => {
    const element = scroller.current;
    if (element) element.scrollLeft = (today - originDay) * dayPx - trackWidth() * TODAY_AT;
  }, [scroller, today, originDay, dayPx]);

  const from = originDay + Math.floor((view.left - MARGIN_PX) / dayPx);
  const to = originDay + Math.ceil((view.left + STEP_PX + view.width + MARGIN_PX) / dayPx);
  return useMemo(() => ({ from, to, keepCentre, showToday }), [from, to, keepCentre, showToday]);
}
