/** Ways for long work to let the page run between its steps. */

export type Yield = () => Promise<void>;

/**
 * A later task, behind input already queued: `scheduler.yield` where it exists, else a message-channel task
 * (unlike `setTimeout(0)`, not clamped to 4 ms after a few nested calls).
 */
export const yieldToPage: Yield = (() => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  if (typeof MessageChannel === 'function') {
    return () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
})();

/** Longest wait for an idle period, ms: a busy page still gets the work done, a little later. */
const IDLE_WAIT_MS = 20;

const idleCallback = (): Promise<void> =>
  new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS }));

/**
 * The page's next idle period (or a task after at most 20 ms without one). Work that allocates a lot, such
 * as applying a big document's slices, leaves V8 room to collect garbage between its steps: back to back,
 * the collector paused inside them (20–45 ms) and made long tasks of some. A hidden page paints nothing and
 * gets few idle periods, and its timers are throttled to one a second or less, so it yields to a task.
 */
export const yieldToIdle: Yield =
  typeof requestIdleCallback === 'function'
    ? () => (typeof document !== 'undefined' && document.hidden ? yieldToPage() : idleCallback())
    : yieldToPage;
