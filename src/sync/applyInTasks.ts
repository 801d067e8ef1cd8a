/**
 * Applying stored updates to a document without one long task. A busy space's local copy is kept as slices
 * of a few thousand structs (src/sync/stateSlices.ts, src/sync/localFolding.ts); applying them all at once
 * froze the page for a second, so they are applied about one per task, yielding to the page's idle periods
 * in between.
 */
import * as Y from 'yjs';
import { slicer, yieldToIdle, type Yield } from './yielding.ts';

/**
 * Time one task may spend applying updates before yielding, ms (a long task starts at 50). About one slice
 * per task: a busy page's garbage collector pauses for 20–45 ms during a load, and a task holding two or
 * three slices around such a pause became a long task.
 */
const TASK_BUDGET_MS = 6;

export interface ApplyOptions {
  /** Whether to stop early, without error (the document was released meanwhile). */
  stopped?: () => boolean;
  /** Time one task may spend before yielding, ms; default 6. */
  budgetMs?: number;
  /** How to yield between tasks; the page's next idle period by default. */
  yieldNow?: Yield;
}

/**
 * Applies `updates` (update format v2) to `doc` in order, each in its own transaction with `origin`, as
 * many per task as fit in a short budget (a slice of a few thousand structs takes one task).
 */
export async function applyInTasks(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  origin: unknown,
  { stopped = () => false, budgetMs = TASK_BUDGET_MS, yieldNow = yieldToIdle }: ApplyOptions = {},
): Promise<void> {
  const pause = slicer({ budgetMs, yieldTask: yieldNow });
  for (const update of updates) {
    if (stopped()) return;
    await pause();
    if (stopped()) return;
    Y.applyUpdateV2(doc, update, origin);
  }
}
