import { useMemo } from 'react';
import type { Card } from '../../../domain/index.ts';
import { addUnits, DAY_PX, spanOf, unitStart, type TimelineScale, type Zoom } from './scale';
import type { TimelineRow } from './timelineRows';

/** The days the axis spans (day numbers, both included). */
export interface AxisExtent {
  first: number;
  last: number;
}

/**
 * Room before the earliest and after the latest date, px, to drag bars into: at least a wide screen's
 * worth, and never less than a few zoom units.
 */
const PAD_BEFORE_PX = 960;
const PAD_AFTER_PX = 1920;
const PAD_UNITS = 2;

/**
 * The axis for bars between days `min` and `max` (today included by the caller): from whole zoom units a
 * little before `min` to a little after `max`.
 */
export function axisExtent(min: number, max: number, zoom: Zoom): AxisExtent {
  const before = Math.min(addUnits(min, -PAD_UNITS, zoom), min - Math.ceil(PAD_BEFORE_PX / DAY_PX[zoom]));
  const after = Math.max(addUnits(max, PAD_UNITS, zoom), max + Math.ceil(PAD_AFTER_PX / DAY_PX[zoom]));
  return { first: unitStart(before, zoom), last: addUnits(unitStart(after, zoom), 1, zoom) - 1 };
}

/** The axis of the rows' bars and today. */
export function useAxisExtent(
  rows: readonly TimelineRow[],
  cards: Readonly<Record<string, Card>>,
  scale: TimelineScale,
  today: number,
  zoom: Zoom,
): AxisExtent {
  const range = useMemo(() => {
    let min = today;
    let max = today;
    for (const row of rows) {
      if (row.kind !== 'card') continue;
      const card = cards[row.cardId];
      const span = card ? spanOf(scale, card.start, card.due) : null;
      if (!span) continue;
      if (span.first < min) min = span.first;
      if (span.last > max) max = span.last;
    }
    return { min, max };
  }, [rows, cards, scale, today]);
  const { min, max } = range;
  return useMemo(() => axisExtent(min, max, zoom), [min, max, zoom]);
}
