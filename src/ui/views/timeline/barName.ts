// What a bar is called for screen readers and in tests: the card's title first, then its dates as the
// card panel would show them (local calendar dates of the Timeline's zone).
import { isoDay, type TimelineScale } from './scale';

/** `Title, start 2026-03-02, due 2026-03-06`; a card with one date names only that one. */
export function barName(
  title: string,
  start: number | null,
  due: number | null,
  scale: TimelineScale,
): string {
  const parts = [title];
  if (start !== null) parts.push(`start ${isoDay(scale.dayOf(start))}`);
  if (due !== null) parts.push(`due ${isoDay(scale.dayOf(due))}`);
  return parts.join(', ');
}
