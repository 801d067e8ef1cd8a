/** Browser contexts signed in as a seeded account, and opening the board in them. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { boardShows, READ_LONG_TASKS, RECORD_LONG_TASKS } from './pageProbes.ts';

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
  /** Navigation start → every card counted on the board (ms). */
  shownMs: number;
  /** Navigation start → board shown and the last long task of the load ended (ms). */
  interactiveMs: number;
}

/** Navigates `page` to the board at `boardUrl` and times it until it shows all `cards`. */
export async function openBoard(page: Page, boardUrl: string, cards: number): Promise<OpenTimes> {
  await page.goto(boardUrl, { waitUntil: 'commit' });
  const shown = await page.waitForFunction(boardShows(cards), undefined, {
    polling: 'raf',
    timeout: 120_000,
  });
  const shownMs = (await shown.jsonValue()) as number;
  // Work the load queued right behind the first full render still blocks input; 2 s is enough to see it.
  await page.waitForTimeout(2_000);
  const tasks = (await page.evaluate(READ_LONG_TASKS)) as { start: number; duration: number }[];
  const loadTaskEnds = tasks.filter((t) => t.start < shownMs + 2_000).map((t) => t.start + t.duration);
  return { shownMs, interactiveMs: Math.max(shownMs, ...loadTaskEnds) };
}
