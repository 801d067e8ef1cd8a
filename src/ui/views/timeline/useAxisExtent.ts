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

/** From a little before the earliest bar (or today) to a little after the latest, in whole zoom units. */
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
  return useMemo(
    () => ({
      first: unitStart(
        Math.min(addUnits(min, -PAD_UNITS, zoom), min - Math.ceil(PAD_BEFORE_PX / DAY_PX[zoom])),
        zoom,
      ),
      last:
        addUnits(
          unitStart(
            Math.max(addUnits(max, PAD_UNITS, zoom), max + Math.ceil(PAD_AFTER_PX / DAY_PX[zoom])),
            zoom,
          ),
          1,
          zoom,
        ) - 1,
    }),
    [min, max, zoom],
  );
}
