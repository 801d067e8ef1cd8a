// A calendar's range lives in the address (`?range=week`; a month is the default and is left out), so a
// reload or a shared link shows the same range. A change replaces the history entry, as the Timeline's zoom
// does: Back leaves the calendar rather than stepping through ranges.
import type { CalendarRange } from './types';

/** The range a query string names; a month for none or an unknown one. */
export function rangeOfSearch(search: string): CalendarRange {
  return new URLSearchParams(search).get('range') === 'week' ? 'week' : 'month';
}

/** `search` with `range` written in, other parameters kept. */
export function searchWithRange(search: string, range: CalendarRange): string {
  const params = new URLSearchParams(search);
  if (range === 'month') params.delete('range');
  else params.set('range', range);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Writes `range` into the current address, replacing its history entry. */
export function keepRangeInAddress(range: CalendarRange): void {
  const search = searchWithRange(window.location.search, range);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
}
