// The board with the server gone: it keeps working on the local copy, says it is offline, a reload opens
// it again from IndexedDB (the service worker serves the app), and the edits made meanwhile reach a
// colleague once the server is back. This file runs its own server so it can stop and restart it on the
// same address and data folder.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../fixtures/server.ts';
import {
  addCard,
  card,
  cardPanel,
  column,
  createSpace,
  createWorkspace,
  eventually,
  moveWithKeyboard,
  openSpace,
  titlesIn,
} from './support/board.ts';
import { launchChromium } from './support/chromium.ts';
import { recordConsoleErrors } from './support/consoleErrors.ts';
import { addMember, homeOf, newPerson, signInScreen, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

describe('the board without a server', () => {
  let dataDir: string;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof spawnServer>>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'afterboard-offline-'));
    [server, browser] = await Promise.all([spawnServer({ dataDir, port: 0 }), launchChromium()]);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    server?.kill('SIGTERM');
    await server?.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  async function openPage(errors: string[]): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
    });
    contexts.push(context);
    const page = await context.newPage();
    recordConsoleErrors(page, server.url, errors);
    await page.goto(server.url);
    return page;
  }

  /** Two people, each in a browser of their own, on one space of the first one's new workspace. */
  async function twoPeopleOnOneSpace(
    errors: string[],
    names: { owner: string; colleague: string; workspace: string; space: string },
  ): Promise<[Page, Page]> {
    const page = await openPage(errors);
    const owner = newPerson(names.owner);
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await createWorkspace(page, names.workspace);
    await createSpace(page, names.workspace, names.space);

    const page2 = await openPage(errors);
    const colleague = newPerson(names.colleague);
    await signUp(page2, colleague);
    await homeOf(page2, colleague.name);
    await addMember(page, server.url, names.workspace, colleague.email);
    await openSpace(page, names.space);
    await page2.reload();
    await openSpace(page2, names.space);
    return [page, page2];
  }

  /** Stops the server cleanly; returns its port, to restart it on the same address. */
  async function stopServer(): Promise<number> {
    const port = Number(new URL(server.url).port);
    server.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    return port;
  }

  /**
   * The console errors a test with the server stopped may not have: all but the sockets' reconnects, which
   * fail while it is down, and refused calls to the API `paths` the test expects to fail then.
   */
  function unexpectedErrors(errors: string[], paths: (string | RegExp)[]): string[] {
    return errors.filter(
      (error) =>
        !/WebSocket connection to .* failed/.test(error) && !isRefusedApiCall(error, server.url, paths),
    );
  }

  it('keeps working offline and sends the edits when the server is back', async () => {
    const errors: string[] = [];
    const [page, page2] = await twoPeopleOnOneSpace(errors, {
      owner: 'Oda Offline',
      colleague: 'Pia Online',
      workspace: 'Depot',
      space: 'Returns',
    });
    const connection = page.getByRole('status', { name: 'Connection' });
    await connection.getByText('Online').waitFor();

    const port = await stopServer();
    await connection.getByText('Offline').waitFor();

    await addCard(page, 'To do', 'Pallet 17 arrived damaged');
    await moveWithKeyboard(page, 'Pallet 17 arrived damaged', ['ArrowRight']);
    await eventually(
      () => titlesIn(page, 'Doing'),
      (titles) => titles.includes('Pallet 17 arrived damaged'),
    );
    await saveScreenshot(page, 'offline');

    server = await spawnServer({ dataDir, port });
    await connection.getByText('Online').waitFor({ timeout: 20_000 });
    await column(page2, 'Doing')
      .getByRole('listitem', { name: 'Pallet 17 arrived damaged' })
      .waitFor({ timeout: 20_000 });

    // While the server was down the browsers' reconnect attempts failed, as they should, and so may the
    // unread-count poll that fired after the server stopped but before its sockets told the page so (that
    // poll is skipped once the page knows it is offline). Nothing else may fail.
    expect(unexpectedErrors(errors, ['/api/notifications/unread-count'])).toEqual([]);
  });

  it('opens the board again on a reload with the server down, and sends the edits when it is back', async () => {
    const errors: string[] = [];
    const [page, page2] = await twoPeopleOnOneSpace(errors, {
      owner: 'Rhea Reload',
      colleague: 'Sam Server',
      workspace: 'Workshop',
      space: 'Repairs',
    });
    const connection = page.getByRole('status', { name: 'Connection' });
    await connection.getByText('Online').waitFor();
    // The app shell is cached once the service worker is active; a user has had the app open online.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // A card in MySpace, seen there once online: its feed is then on the device too.
    await addCard(page, 'To do', 'Dryer drum noise');
    await card(page, 'Dryer drum noise').click();
    await cardPanel(page, 'Dryer drum noise').getByRole('button', { name: 'Add to MySpace' }).click();
    await page.keyboard.press('Escape');
    const sidebar = page.getByRole('navigation', { name: 'Navigation' });
    const mirror = page
      .getByRole('list', { name: 'My cards' })
      .getByRole('listitem', { name: 'Dryer drum noise' });
    await sidebar.getByRole('button', { name: 'MySpace' }).click();
    await mirror.waitFor();
    await openSpace(page, 'Repairs');

    const port = await stopServer();
    await connection.getByText('Offline').waitFor();
    await addCard(page, 'To do', 'Compressor leaks oil');
    await moveWithKeyboard(page, 'Compressor leaks oil', ['ArrowRight']);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Repairs', exact: true }).waitFor();
    await column(page, 'Doing').getByRole('listitem', { name: 'Compressor leaks oil' }).waitFor();
    expect(await titlesIn(page, 'To do')).not.toContain('Compressor leaks oil');
    await connection.getByText('Offline').waitFor();
    await page.getByText('Rhea Reload').waitFor();

    // A card's own address opens offline too; the API's never comes from the service worker.
    await card(page, 'Compressor leaks oil').click();
    await cardPanel(page, 'Compressor leaks oil').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/space\/[\w-]+\/card\/[\w-]+$/);
    await page.reload();
    await cardPanel(page, 'Compressor leaks oil').waitFor();
    const probe = await page.context().newPage();
    await expect(probe.goto(`${server.url}/api/workspaces`)).rejects.toThrow(/ERR_CONNECTION_REFUSED/);
    await probe.close();
    await page.keyboard.press('Escape');
    await column(page, 'Doing').getByRole('listitem', { name: 'Compressor leaks oil' }).waitFor();
    // MySpace opens offline from the device's copies of the user's document and feed.
    await sidebar.getByRole('button', { name: 'MySpace' }).click();
    await mirror.waitFor();

    server = await spawnServer({ dataDir, port });
    await connection.getByText('Online').waitFor({ timeout: 20_000 });
    await column(page2, 'Doing')
      .getByRole('listitem', { name: 'Compressor leaks oil' })
      .waitFor({ timeout: 20_000 });

    // Expected while the server was down: the sockets' reconnects, and the offline start asking the API
    // whether the server (and the session) are back, and the open workspace's member directory, asked again
    // when the reloaded page gets the focus. Nothing else may fail.
    expect(
      unexpectedErrors(errors, ['/api/me', '/api/workspaces', /^\/api\/workspaces\/[\w-]+\/members$/]),
    ).toEqual([]);
  });

  it('keeps both people’s edits of a card’s notes made while the server was down', async () => {
    const errors: string[] = [];
    const [page, page2] = await twoPeopleOnOneSpace(errors, {
      owner: 'Olga Notes',
      colleague: 'Mike Notes',
      workspace: 'Field team',
      space: 'Visits',
    });
    await addCard(page, 'To do', 'Boiler service');
    const notesOf = (p: Page) =>
      cardPanel(p, 'Boiler service').getByRole('textbox', { name: 'Notes', exact: true });
    await card(page, 'Boiler service').click();
    await notesOf(page).fill('Line one\nLine two\nLine three');
    await notesOf(page).blur();
    await card(page2, 'Boiler service').click();
    await expect.poll(() => notesOf(page2).inputValue()).toBe('Line one\nLine two\nLine three');

    const port = await stopServer();
    await page.getByRole('status', { name: 'Connection' }).getByText('Offline').waitFor();
    await page2.getByRole('status', { name: 'Connection' }).getByText('Offline').waitFor();
    // Each changes a different line and leaves the field, neither seeing the other's change.
    await notesOf(page).fill('Line one (Olga: customer called)\nLine two\nLine three');
    await notesOf(page).blur();
    await notesOf(page2).fill('Line one\nLine two\nLine three (Mike: seal ordered)');
    await notesOf(page2).blur();

    server = await spawnServer({ dataDir, port });
    const both = 'Line one (Olga: customer called)\nLine two\nLine three (Mike: seal ordered)';
    await expect.poll(() => notesOf(page).inputValue(), { timeout: 20_000 }).toBe(both);
    await expect.poll(() => notesOf(page2).inputValue(), { timeout: 20_000 }).toBe(both);
    expect(unexpectedErrors(errors, ['/api/notifications/unread-count'])).toEqual([]);
  });

  it('forgets the user and deletes the local copies on sign-out', async () => {
    const errors: string[] = [];
    const page = await openPage(errors);
    const person = newPerson('Uma Shared');
    await signUp(page, person);
    await homeOf(page, person.name);
    await createWorkspace(page, 'Front desk');
    await createSpace(page, 'Front desk', 'Walk-ins');
    await openSpace(page, 'Walk-ins');
    await addCard(page, 'To do', 'Customer left a drill');
    expect((await localRecords(page)).docs).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInScreen(page);
    // On a shared computer the next person finds nothing of this one's: no identity, no documents.
    expect(await localRecords(page)).toEqual({ docs: 0, updates: 0, session: 0 });
    expect(errors).toEqual([]);
  });
});

/** A console error for a request to one of `paths` that found no server listening at `origin`. */
function isRefusedApiCall(error: string, origin: string, paths: (string | RegExp)[]): boolean {
  const prefix = `console.error: Failed to load resource: net::ERR_CONNECTION_REFUSED (${origin}`;
  if (!error.startsWith(prefix) || !error.endsWith(')')) return false;
  const path = error.slice(prefix.length, -1);
  return paths.some((allowed) => (typeof allowed === 'string' ? path === allowed : allowed.test(path)));
}

/** How many rows the app's IndexedDB database holds, per kind (read with the browser's own API). */
function localRecords(page: Page): Promise<{ docs: number; updates: number; session: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('afterboard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (store: string) =>
      new Promise<number>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const counts = {
      docs: await count('docs'),
      // y-dexie keeps the documents' updates in a table of its own, named after the table and property.
      updates: await count('$docs.doc_updates'),
      session: await count('session'),
    };
    db.close();
    return counts;
  });
}
