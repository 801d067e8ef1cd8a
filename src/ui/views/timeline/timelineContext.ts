// What every row of the Timeline shares: the axis geometry and what a bar may do. One context object,
// rebuilt only when the zoom, the axis or the space's actions change, so a scroll re-renders no bar.
import { createContext, useContext } from 'react';
import type { BarPart, DaySpan, TimelineScale, Zoom } from './scale';

export interface TimelineGeometry {
  scale: TimelineScale;
  zoom: Zoom;
  /** The day at x = 0 of the track (day number). */
  originDay: number;
  /** Width of one local day, px. */
  dayPx: number;
}

export interface TimelineContextValue extends TimelineGeometry {
  /** Writes the card's dates for its new span as one domain operation; false (and an error shown) if refused. */
  commit: (cardId: string, span: DaySpan) => boolean;
  /** Shows why a move was not made (the timeline's error line, which screen readers hear too). */
  refuse: (message: string) => void;
  /** Opens the card's panel. */
  open: (cardId: string) => void;
  /** Visitors read only: bars open cards but do not move. */
  readOnly: boolean;
  /** Id of the element describing the bars' keys. */
  hintId: string;
}

export const TimelineContext = createContext<TimelineContextValue | null>(null);

export function useTimeline(): TimelineContextValue {
  const value = useContext(TimelineContext);
  if (!value) throw new Error('useTimeline outside a Timeline');
  return value;
}

/** The x of a day's left edge on the track, px. */
export function xOfDay(geometry: TimelineGeometry, day: number): number {
  return (day - geometry.originDay) * geometry.dayPx;
}

/** The bar part a keyboard step changes: Shift the due end, Alt the start, neither the whole bar. */
export function partOfKeys(event: { shiftKey: boolean; altKey: boolean }): BarPart {
  if (event.shiftKey) return 'end';
  return event.altKey ? 'start' : 'move';
}
