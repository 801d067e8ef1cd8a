// One real Afterboard server and one Chromium per test file; a fresh browser context (no cookies, no storage)
// and page per test. Registers the vitest hooks itself, so a test file just calls `useApp()`.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './chromium.ts';
import { recordConsoleErrors } from './consoleErrors.ts';
import { startAppServer, type AppServer } from './server.ts';

export interface App {
  /** Origin of the server under test, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The current test's page, already open at `url`. */
  readonly page: Page;
  readonly context: BrowserContext;
  /**
   * A page for a second person: a browser context of its own (own cookies), open at `url`, watched for
   * console errors like the first and closed after the test.
   */
  openAnotherBrowser(): Promise<Page>;
}

export function useApp(): App {
  let server: AppServer | undefined;
  let dataDir: string | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let extraContexts: BrowserContext[] = [];
  let consoleErrors: string[] = [];

  const openPage = async (ctx: BrowserContext): Promise<Page> => {
    const opened = await ctx.newPage();
    recordConsoleErrors(opened, server!.url, consoleErrors);
    await opened.goto(server!.url);
    return opened;
  };
  const newContext = () =>
    browser!.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'afterboard-e2e-'));
    [server, browser] = await Promise.all([startAppServer(dataDir), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    consoleErrors = [];
    context = await newContext();
    page = await openPage(context);
  });

  afterEach(async () => {
    await Promise.all([context, ...extraContexts].map((ctx) => ctx?.close()));
    extraContexts = [];
    // A console error is a defect users would see (a missing asset, a crash), even when the flow passed.
    expect(consoleErrors, 'console errors in the browser').toEqual([]);
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only available inside a test of a useApp() file`);
    return value;
  };
  return {
    get url() {
      return need(server, 'the server').url;
    },
    get page() {
      return need(page, 'the page');
    },
    get context() {
      return need(context, 'the browser context');
    },
    async openAnotherBrowser() {
      const ctx = await newContext();
      extraContexts.push(ctx);
      return openPage(ctx);
    },
  };
}
