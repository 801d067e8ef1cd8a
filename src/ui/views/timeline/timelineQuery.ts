// The Timeline's zoom and grouping live in the address (`?zoom=month&group=responsible`), so a reload or a
// shared link shows the same view. A change replaces the history entry: Back leaves the Timeline rather
// than stepping through zoom levels.
import { ZOOMS, type Zoom } from './scale';
import type { GroupBy } from './timelineRows';

export interface TimelineSettings {
  zoom: Zoom;
  groupBy: GroupBy;
}

const DEFAULTS: TimelineSettings = { zoom: 'week', groupBy: 'status' };

/** The settings in a query string; an unknown or missing value reads as the default. */
export function parseTimelineQuery(search: string): TimelineSettings {
  const params = new URLSearchParams(search);
  const zoom = params.get('zoom');
  const group = params.get('group');
  return {
    zoom: (ZOOMS as readonly string[]).includes(zoom ?? '') ? (zoom as Zoom) : DEFAULTS.zoom,
    groupBy: group === 'responsible' ? 'responsible' : DEFAULTS.groupBy,
  };
}

/** `search` with the settings written in; defaults are left out, other parameters kept. */
export function formatTimelineQuery(search: string, settings: TimelineSettings): string {
  const params = new URLSearchParams(search);
  if (settings.zoom === DEFAULTS.zoom) params.delete('zoom');
  else params.set('zoom', settings.zoom);
  if (settings.groupBy === DEFAULTS.groupBy) params.delete('group');
  else params.set('group', settings.groupBy);
  const query = params.toString();
  return query ? `?${query}` : '';
}
