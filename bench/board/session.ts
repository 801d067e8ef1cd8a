/** Browser contexts signed in as a seeded account, and opening the board in them. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BOARD_LOADED, boardShows, READ_LONG_TASKS, RECORD_LONG_TASKS } from './pageProbes.ts';

export interface Account {
  email: string;
  password: string;
}

/** A fresh context (empty IndexedDB) with `account`'s session cookie. */
export async function signedInContext(
  browser: Browser,
  url: string,
  account: Account,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const response = await context.request.post(`${url}/api/auth/login`, { data: account });
  if (!response.ok()) throw new Error(`sign-in of ${account.email} failed: ${response.status()}`);
  await context.addInitScript(RECORD_LONG_TASKS);
  return context;
}

export interface OpenTimes {
  /** Navigation start → every card counted on the board (ms): from a board snapshot, or the document. */
  shownMs: number;
  /** Navigation start → board shown and the last long task of the load ended (ms). */
  interactiveMs: number;
  /** Navigation start → the document loaded and swapped in: the header's "Board loading" note gone (ms). */
  loadedMs: number;
  /** Long tasks (≥ 50 ms) from navigation until 2 s after the load: their count and the longest (ms). */
  longTasks: number;
  longestTaskMs: number;
}

/**
 * Navigates `page` to the board at `boardUrl` and times it until it shows all `cards`, and until the space's
 * document is loaded behind it. Long tasks count from navigation to 2 s after the load (work the load
 * queued behind it still blocks input).
 */
export async function openBoard(page: Page, boardUrl: string, cards: number): Promise<OpenTimes> {
  await page.goto(boardUrl, { waitUntil: 'commit' });
  const shown = await page.waitForFunction(boardShows(cards), undefined, {
    polling: 'raf',
    timeout: 120_000,
  });
  const shownMs = (await shown.jsonValue()) as number;
  const loaded = await page.waitForFunction(BOARD_LOADED, undefined, { polling: 'raf', timeout: 120_000 });
  const loadedMs = Math.max(shownMs, (await loaded.jsonValue()) as number);
  await page.waitForTimeout(2_000);
  const tasks = (await page.evaluate(READ_LONG_TASKS)) as { start: number; duration: number }[];
  const load = tasks.filter((t) => t.start < loadedMs + 2_000);
  return {
    shownMs,
    interactiveMs: Math.max(shownMs, ...load.map((t) => t.start + t.duration)),
    loadedMs,
    longTasks: load.length,
    longestTaskMs: Math.max(0, ...load.map((t) => t.duration)),
  };
}
