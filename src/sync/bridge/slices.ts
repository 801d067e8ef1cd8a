/**
 * Long work spread over tasks: the caller calls `pause()` between small steps, and it yields to the event
 * loop once the slice's time budget is spent, so no task of the work grows past a frame (Chromium reports
 * tasks over 50 ms as long tasks; the board must have none).
 */
import { yieldToIdle, type Yield } from '../yielding.ts';

/** Waits for a later task. */
export type NextTask = Yield;

/** The page's next idle period: reading a loaded document into the store allocates a lot (see `yieldToIdle`). */
export const nextTask: NextTask = yieldToIdle;

export interface SliceOptions {
  /** Working time per task before yielding, ms. Default 8. */
  budgetMs?: number;
  /** How to yield; {@link nextTask} by default. */
  yieldTask?: NextTask;
  /** Clock in ms; `performance.now` by default. */
  now?: () => number;
}

/** A `pause()` that resolves at once while the slice has time left, else after a later task. */
export function slicer(options: SliceOptions = {}): () => Promise<void> {
  const budgetMs = options.budgetMs ?? 8;
  const yieldTask = options.yieldTask ?? nextTask;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  return async () => {
    if (now() - sliceStart < budgetMs) return;
    await yieldTask();
    sliceStart = now();
  };
}
