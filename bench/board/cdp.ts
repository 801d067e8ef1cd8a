/** Chromium's own counters, read over the DevTools protocol: script time and the JS heap of a page. */
import type { CDPSession, Page } from 'playwright-core';

export interface PageCounters {
  /** Cumulative time the page's main thread spent running script (ms). */
  scriptMs: number;
  /** Cumulative time of all main-thread tasks (ms). */
  taskMs: number;
  /** JS heap in use (bytes). */
  heapUsed: number;
}

export async function openCounters(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return session;
}

export async function readCounters(session: CDPSession): Promise<PageCounters> {
  const { metrics } = await session.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return {
    scriptMs: value('ScriptDuration') * 1000,
    taskMs: value('TaskDuration') * 1000,
    heapUsed: value('JSHeapUsedSize'),
  };
}

/** The heap after a full collection, so the figure is what the open space keeps alive. */
export async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  return (await readCounters(session)).heapUsed;
}
