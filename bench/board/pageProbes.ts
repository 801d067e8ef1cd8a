/**
 * What the bench reads inside the page, as plain JavaScript source: functions handed to Playwright are
 * serialized, and the TypeScript runner's helpers they may reference do not exist in the browser.
 */

/** Init script: records every long task (≥ 50 ms, the browser's own threshold) from the first script on. */
export const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** Long tasks seen so far, `{start, duration}` in ms since navigation. */
export const READ_LONG_TASKS = `window.__longTasks ?? []`;

/**
 * Cards the board shows, summed over the column headers' counts; 0 while no column is rendered. The
 * counts are what the board knows, so they reach the space's size once its document is loaded.
 */
const CARDS_ON_BOARD = `[...document.querySelectorAll('.column-count[title$=" cards"]')]
  .reduce((sum, count) => sum + Number.parseInt(count.getAttribute('title') ?? '0', 10), 0)`;

/** An expression that is the page clock (ms since navigation) once the board counts `cards`, else false. */
export function boardShows(cards: number): string {
  return `(${CARDS_ON_BOARD}) >= ${cards} && performance.now()`;
}

/** The page clock once the space's document is loaded (no "Board loading" note in the header), else false. */
export const BOARD_LOADED = `!document.querySelector('[role="status"][aria-label="Board loading"]') && performance.now()`;

/** Wall-clock time with sub-millisecond precision, comparable between pages of one machine. */
export const NOW = `performance.timeOrigin + performance.now()`;
