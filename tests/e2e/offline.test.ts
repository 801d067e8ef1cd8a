// The board with the server gone: it keeps working on the local copy, says it is offline, and the edits
// made meanwhile reach a colleague once the server is back. This file runs its own server so it can stop
// and restart it on the same address and data folder.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../fixtures/server.ts';
import {
  addCard,
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
import { homeOf, newPerson, signUp } from './support/flows.ts';
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

  it('keeps working offline and sends the edits when the server is back', async () => {
    const errors: string[] = [];
    const page = await openPage(errors);
    const owner = newPerson('Oda Offline');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await createWorkspace(page, 'Depot');
    await createSpace(page, 'Depot', 'Returns');

    const page2 = await openPage(errors);
    const colleague = newPerson('Pia Online');
    await signUp(page2, colleague);
    await homeOf(page2, colleague.name);
    const { workspaces } = (await (await page.request.get(`${server.url}/api/workspaces`)).json()) as {
      workspaces: { id: string; name: string }[];
    };
    const depot = workspaces.find((w) => w.name === 'Depot')!;
    await page.request.post(`${server.url}/api/workspaces/${depot.id}/members`, {
      data: { email: colleague.email, role: 'member' },
    });
    await openSpace(page, 'Returns');
    await page2.reload();
    await openSpace(page2, 'Returns');
    const connection = page.getByRole('status', { name: 'Connection' });
    await connection.getByText('Online').waitFor();

    const port = Number(new URL(server.url).port);
    server.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
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

    // While the server was down the browsers' reconnect attempts failed, as they should; nothing else may.
    expect(errors.filter((error) => !/WebSocket connection to .* failed/.test(error))).toEqual([]);
  });
});
