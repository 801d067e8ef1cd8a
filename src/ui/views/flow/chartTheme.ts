// uPlot draws on a canvas, which CSS cannot reach: its text, axis and grid colours default to black and
// vanish on the dark theme. They are read from the page's theme variables when a chart is built, and a
// chart is built again when the system switches between light and dark.
import { useSyncExternalStore } from 'react';
import type uPlot from 'uplot';

const DARK = '(prefers-color-scheme: dark)';

function subscribe(listener: () => void): () => void {
  const query = window.matchMedia?.(DARK);
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

/** The system's colour scheme; a chart that lists it in its effect's dependencies is redrawn on a switch. */
export function useColourScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, () => (window.matchMedia?.(DARK).matches ? 'dark' : 'light'));
}

export interface ChartColours {
  /** Tick labels and axis titles. */
  text: string;
  /** Grid lines and ticks. */
  grid: string;
  /** The plot's background, for marks that must stand out from it. */
  surface: string;
}

/** The theme's colours as they apply to `element`, with the light theme's values where a variable is missing. */
export function chartColours(element: Element): ChartColours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--muted', '#5c6570'),
    grid: read('--border', '#d9dde3'),
    surface: read('--surface', '#ffffff'),
  };
}

/** `axes` with the theme's colours for their labels, ticks and grid (each axis's own settings win). */
export function themedAxes(colours: ChartColours, axes: readonly uPlot.Axis[]): uPlot.Axis[] {
  return axes.map((axis) => ({
    stroke: colours.text,
    ...axis,
    grid: { stroke: colours.grid, width: 1, ...axis.grid },
    ticks: { stroke: colours.grid, width: 1, ...axis.ticks },
  }));
}

const DAY_S = 86_400;

/**
 * A date axis (scale in seconds) labelled as the rest of the page writes dates, "23 Nov", and not uPlot's
 * American "11/23". Rows as uPlot's own time stamps: the smallest tick step each applies to, its label, then
 * what is added below the first tick of a new year, month, day, hour, minute, second; 1 adds them below it.
 */
export const DATE_AXIS: uPlot.Axis = {
  values: [
    [365 * DAY_S, '{YYYY}', null, null, null, null, null, null, 1],
    [28 * DAY_S, '{MMM}', '\n{YYYY}', null, null, null, null, null, 1],
    [DAY_S, '{D} {MMM}', '\n{YYYY}', null, null, null, null, null, 1],
    [3600, '{HH}:{mm}', '\n{D} {MMM} {YYYY}', null, '\n{D} {MMM}', null, null, null, 1],
  ],
};
