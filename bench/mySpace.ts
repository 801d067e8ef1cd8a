/**
 * MySpace in a real browser: one user with 500 mirrors of cards from 50 spaces (10 each, in 5 sections),
 * opened in Debian's Chromium against our server, printing the time until every mirror shows its live card
 * (title from the feed, not "Unavailable card") — cold from the server with a new browser profile, and
 * from IndexedDB with the sync socket silenced. MySpace reads one feed document for all 50 spaces, so
 * neither figure should grow with the number of spaces. Targets: ≤ 1.5 s cold, ≤ 500 ms from IndexedDB.
 *
 * Run alone: `npx tsx bench/mySpace.ts [--quick]`. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import {
  addMirror,
  createCard,
  createSection,
  feedMaps,
  orderedSections,
  orderedStatuses,
  updateCard,
} from '../src/domain/index.ts';
import { launchChromium } from '../tests/e2e/support/chromium.ts';
import { api, connectDoc, signup, waitFor, type DocClient } from '../tests/fixtures/server.ts';
import { signedInContext, type Account } from './board/session.ts';
import { READ_LONG_TASKS } from './board/pageProbes.ts';
import { startChild } from './lib/child.ts';
import { describeMachine } from './lib/machine.ts';
import { isMain } from './lib/main.ts';
import { formatMs, median } from './lib/stats.ts';
import { renderTable } from './lib/table.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DAY = 86_400_000;

export interface MySpaceBenchOptions {
  quick?: boolean;
}

export async function runMySpaceBench({ quick = false }: MySpaceBenchOptions = {}) {
  const spaces = quick ? 10 : 50;
  const perSpace = 10;
  const mirrors = spaces * perSpace;
  console.log(`\n## MySpace in the browser${quick ? ' (quick)' : ''}\n${describeMachine()}\n`);
  await build({ root, logLevel: 'warn' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterboard-bench-myspace-'));
  const server = await startChild<{ url: string }>(path.join(root, 'bench', 'lib', 'serverChild.ts'), [
    dataDir,
  ]);
  const browser = await launchChromium();
  try {
    const started = performance.now();
    const account = await seed(server.info.url, spaces, perSpace);
    console.log(
      `seeded ${mirrors} mirrors from ${spaces} spaces in ${formatMs(performance.now() - started)}; ` +
        'the feed holds them all',
    );
    const figures = await measure(browser, server.info.url, account, mirrors, quick ? 2 : 3);
    print(figures, mirrors, spaces);
    return figures;
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One user, `spaces` spaces of `perSpace` cards each, every card mirrored; resolves once the feed has them. */
async function seed(url: string, spaces: number, perSpace: number): Promise<Account> {
  const wsUrl = url.replace(/^http/, 'ws');
  const account = { email: `myspace-${Date.now()}@example.test`, password: 'correct horse battery' };
  const { user, cookie } = await signup(url, { ...account, name: 'Bench Person' });
  const ctx = { actor: user.id };
  const clients: DocClient[] = [];
  const open = async (name: string) => {
    const client = connectDoc(wsUrl, name, cookie);
    clients.push(client);
    await client.synced;
    return client;
  };
  try {
    const ws = await api<{ id: string }>(url, '/api/workspaces', {
      cookie,
      body: { name: 'Aftersales', type: 'private' },
    });
    const mine = await open(`user/${user.id}`);
    const sectionIds = [orderedSections(mine.doc)[0]!.id];
    for (const name of ['Today', 'This week', 'Waiting', 'Later']) {
      sectionIds.push(createSection(mine.doc, { name }, ctx));
    }
    const now = Date.now();
    for (let s = 0; s < spaces; s++) {
      const created = await api<{ id: string }>(url, `/api/workspaces/${ws.body.id}/spaces`, {
        cookie,
        body: { name: `Space ${String(s + 1).padStart(2, '0')}` },
      });
      const spaceId = created.body.id;
      const space = await open(`space/${spaceId}`);
      const statuses = orderedStatuses(space.doc);
      for (let c = 0; c < perSpace; c++) {
        const statusId = statuses[c % statuses.length]!.id;
        const cardId = createCard(space.doc, { statusId, title: `Case ${s + 1}-${c + 1}` }, ctx);
        updateCard(space.doc, { cardId, due: now + ((c % 14) - 3) * DAY }, ctx);
        addMirror(mine.doc, { spaceId, cardId, sectionId: sectionIds[c % sectionIds.length]! }, ctx);
      }
    }
    const feed = await open(`feed/${user.id}`);
    await waitFor(
      () => feedMaps(feed.doc).cards.size >= spaces * perSpace,
      `the feed to hold ${spaces * perSpace} cards`,
      120_000,
    );
  } finally {
    for (const client of clients) client.destroy();
  }
  return account;
}

interface OpenTimes {
  /** Navigation start → every mirror shows its card (ms). */
  shownMs: number;
  /** Navigation start → shown and the last long task of the load ended (ms). */
  interactiveMs: number;
}

/** Page clock once `count` mirrors show a live card (their names are titles), else false. */
function mirrorsShow(count: number): string {
  return `[...document.querySelectorAll('li.mirror')].filter((item) => item.getAttribute('aria-label') !== 'Unavailable card').length >= ${count} && performance.now()`;
}

async function openMySpace(page: Page, url: string, mirrors: number): Promise<OpenTimes> {
  await page.goto(`${url}/myspace`, { waitUntil: 'commit' });
  const shown = await page.waitForFunction(mirrorsShow(mirrors), undefined, {
    polling: 'raf',
    timeout: 120_000,
  });
  const shownMs = (await shown.jsonValue()) as number;
  await page.waitForTimeout(2_000);
  const tasks = (await page.evaluate(READ_LONG_TASKS)) as { start: number; duration: number }[];
  const ends = tasks.filter((t) => t.start < shownMs + 2_000).map((t) => t.start + t.duration);
  return { shownMs, interactiveMs: Math.max(shownMs, ...ends) };
}

async function measure(browser: Browser, url: string, account: Account, mirrors: number, runs: number) {
  const cold: OpenTimes[] = [];
  let context = await signedInContext(browser, url, account);
  for (let i = 0; i < runs; i++) {
    if (i > 0) {
      await context.close();
      context = await signedInContext(browser, url, account);
    }
    const page = await context.newPage();
    cold.push(await openMySpace(page, url, mirrors));
  }
  // Give the local copies time to reach IndexedDB before the reloads that read them.
  await context.pages()[0]!.waitForTimeout(3_000);
  await context.pages()[0]!.close();
  const local: OpenTimes[] = [];
  const offline = await context.newPage();
  await offline.routeWebSocket(/\/sync\//, () => undefined);
  for (let i = 0; i < runs; i++) local.push(await openMySpace(offline, url, mirrors));
  await context.close();
  return { cold, local };
}

function print(f: Awaited<ReturnType<typeof measure>>, mirrors: number, spaces: number) {
  const open = (samples: OpenTimes[]) =>
    `${formatMs(median(samples.map((s) => s.interactiveMs)))} (shown ${formatMs(median(samples.map((s) => s.shownMs)))}; ` +
    `runs ${samples.map((s) => formatMs(s.interactiveMs)).join(', ')})`;
  console.log(
    `\n${renderTable([
      ['measure', 'result', 'target'],
      [`${mirrors} mirrors from ${spaces} spaces, cold from the server (median)`, open(f.cold), '≤ 1.5 s'],
      [`${mirrors} mirrors from ${spaces} spaces, from IndexedDB (median)`, open(f.local), '≤ 500 ms'],
    ])}\n`,
  );
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  await runMySpaceBench({ quick: values.quick });
}
