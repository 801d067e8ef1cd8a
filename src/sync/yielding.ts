/**
 * Long work spread over tasks, so the page can run between its steps: Chromium reports tasks over 50 ms as
 * long tasks, and the board must have none. `slicer` gives the work a `pause()` to call between small
 * steps; the yields decide what the page gets to do meanwhile.
 */

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

export interface SliceOptions {
  /** Working time per task before yielding, ms. Default 8. */
  budgetMs?: number;
  /** How to yield; the page's next idle period ({@link yieldToIdle}) by default. */
  yieldTask?: Yield;
  /** Clock in ms; `performance.now` by default. */
  now?: () => number;
}

/** A `pause()` that resolves at once while the slice has time left, else after a later task. */
export function slicer(options: SliceOptions = {}): () => Promise<void> {
  const budgetMs = options.budgetMs ?? 8;
  const yieldTask = options.yieldTask ?? yieldToIdle;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  return async () => {
    if (now() - sliceStart < budgetMs) return;
    await yieldTask();
    sliceStart = now();
  };
}
