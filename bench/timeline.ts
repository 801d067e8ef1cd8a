/**
 * The Timeline in a real browser: a seeded space of about 5,000 cards, every one of them dated, opened on
 * its Timeline in Debian's Chromium against our server. Prints the time until the first bars show (cold
 * from the server, then again with the local copy in IndexedDB), and the long tasks while the rows are
 * scrolled with the mouse wheel, down and up, then along the date axis. Target: no long task over 50 ms
 * while scrolling.
 *
 * Run alone: `npx tsx bench/timeline.ts [--quick]`. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/support/chromium.ts';
import { READ_LONG_TASKS } from './board/pageProbes.ts';
import { seedBoard } from './board/seedBoard.ts';
import { signedInContext } from './board/session.ts';
import { startChild } from './lib/child.ts';
import { describeMachine } from './lib/machine.ts';
import { isMain } from './lib/main.ts';
import { formatMs, median } from './lib/stats.ts';
import { renderTable } from './lib/table.ts';
import { dateAllCards } from './timeline/dateCards.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface TimelineBenchOptions {
  quick?: boolean;
}

export async function runTimelineBench({ quick = false }: TimelineBenchOptions = {}) {
  console.log(`\n## Timeline in the browser${quick ? ' (quick)' : ''}\n${describeMachine()}\n`);
  await build({ root, logLevel: 'warn' });
  // As for the board bench: seeding twice the cards leaves about 5,000 unarchived ones.
  const board = await seedBoard(quick ? 1_000 : 10_000, 365);
  const { dated, related } = await dateAllCards(board.dataDir, board.spaceId);
  console.log(
    `space "${board.spaceName}": ${dated} dated cards, ${related} relations, ${board.historyEvents} seeded history events`,
  );
  const server = await startChild<{ url: string }>(path.join(root, 'bench', 'lib', 'serverChild.ts'), [
    board.dataDir,
  ]);
  const browser = await launchChromium();
  try {
    const figures = await measure(browser, server.info.url, board, dated, related, quick);
    print(figures);
    return figures;
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(board.dataDir, { recursive: true, force: true });
  }
}

/** The page clock (ms since navigation) once a bar is drawn and no card is left undated (all are loaded). */
const TIMELINE_SHOWS = `document.querySelector('[aria-label="Timeline"] button[data-card-id]') !== null &&
  [...document.querySelectorAll('h2')].some((heading) => heading.textContent === 'Undated 0') &&
  performance.now()`;

async function openTimeline(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const shown = await page.waitForFunction(TIMELINE_SHOWS, undefined, {
    polling: 'raf',
    timeout: 120_000,
  });
  return (await shown.jsonValue()) as number;
}

interface ScrollFigures {
  longTasks: number;
  longestMs: number;
  wheelEvents: number;
  /** Rows scrolled past, px. */
  distancePx: number;
}

/** Scrolls the Timeline with the mouse wheel for `seconds`: down, back up, then along the axis. */
async function scrollLongTasks(page: Page, seconds: number): Promise<ScrollFigures> {
  const region = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
  if (!region) throw new Error('the Timeline is not on screen');
  await page.mouse.move(region.x + region.width / 2, region.y + region.height / 2);
  await page.waitForTimeout(1_000);
  const started = (await page.evaluate('performance.now()')) as number;
  const until = Date.now() + seconds * 1000;
  const third = (seconds * 1000) / 3;
  let wheelEvents = 0;
  let distancePx = 0;
  for (let t = 0; Date.now() < until; t = seconds * 1000 - (until - Date.now())) {
    if (t < third) await page.mouse.wheel(0, 120);
    else if (t < 2 * third) await page.mouse.wheel(0, -120);
    else await page.mouse.wheel(120, 0);
    wheelEvents++;
    distancePx += 120;
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(500);
  const tasks = (await page.evaluate(READ_LONG_TASKS)) as { start: number; duration: number }[];
  const during = tasks.filter((task) => task.start >= started);
  return {
    longTasks: during.length,
    longestMs: Math.max(0, ...during.map((task) => task.duration)),
    wheelEvents,
    distancePx,
  };
}

async function measure(
  browser: Browser,
  url: string,
  board: Awaited<ReturnType<typeof seedBoard>>,
  dated: number,
  related: number,
  quick: boolean,
) {
  const timelineUrl = `${url}/space/${board.spaceId}/timeline`;
  const runs = quick ? 2 : 3;
  const cold: number[] = [];
  const local: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await signedInContext(browser, url, board.owner);
    const page = await context.newPage();
    cold.push(await openTimeline(page, timelineUrl));
    // Give the local copy time to reach IndexedDB, then open again from it (the server still answers).
    await page.waitForTimeout(3_000);
    local.push(await openTimeline(page, timelineUrl));
    await context.close();
  }
  const context = await signedInContext(browser, url, board.owner);
  const page = await context.newPage();
  await openTimeline(page, timelineUrl);
  await page.waitForTimeout(2_000);
  // Connectors drawn in the first screen: shows the scroll below draws relations as it goes.
  const connectors = await page.getByRole('img', { name: /is (followed by|the parent of)/ }).count();
  const scroll = await scrollLongTasks(page, quick ? 3 : 9);
  await context.close();
  return { dated, related, connectors, cold, local, scroll, quick };
}

function print(f: Awaited<ReturnType<typeof measure>>) {
  const runs = (samples: number[]) =>
    `${formatMs(median(samples))} (runs ${samples.map((ms) => formatMs(ms)).join(', ')})`;
  console.log(
    `\n${renderTable([
      ['measure', 'result', 'target'],
      [`navigation → first bars of ${f.dated} cards, cold from the server (median)`, runs(f.cold), ''],
      ['navigation → first bars, local copy in IndexedDB (median)', runs(f.local), ''],
      [
        `long tasks while wheel-scrolling ${f.quick ? 3 : 9} s (${f.scroll.wheelEvents} wheel events, ${f.scroll.distancePx} px; ${f.related} relations, ${f.connectors} connectors in the first screen)`,
        `${f.scroll.longTasks} (longest ${formatMs(f.scroll.longestMs)})`,
        'none over 50 ms',
      ],
    ])}\n`,
  );
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  await runTimelineBench({ quick: values.quick });
}
