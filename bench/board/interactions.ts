/**
 * The board bench's interactions: a keyboard drop (also just after a colleague's change), a change seen by a
 * colleague, a long mouse drag.
 */
import type { CDPSession, Page } from 'playwright-core';
import { readCounters } from './cdp.ts';
import { NOW, READ_LONG_TASKS } from './pageProbes.ts';

/** The focused element's accessible label (a card's is its title). */
const FOCUSED_LABEL = `document.activeElement?.getAttribute('aria-label') ?? null`;

/** The leftmost column that has cards. */
function firstColumn(page: Page) {
  return page
    .locator('section.column')
    .filter({ has: page.getByRole('listitem') })
    .first();
}

/**
 * Script time of one drop: the first card of the first column is lifted with Space and moved one column
 * right; the page's script time is read just before Space drops it and again 700 ms later, when the drop
 * has long settled. Nothing of the bench runs in the page in between (waiting for the announcement there
 * would count Playwright's own queries); the announcement is checked after the second reading.
 */
export async function dropScriptMs(page: Page, counters: CDPSession): Promise<number> {
  // The title is read off the focused card: a long column's drawn window can shift between two lookups
  // (a colleague's card arriving at its bottom), and the first card drawn with it.
  await firstColumn(page).getByRole('listitem').first().focus();
  const title = (await page.evaluate(FOCUSED_LABEL)) ?? '';
  await page.keyboard.press('Space');
  await page.getByText(`Picked up ${title}`).waitFor({ state: 'attached' });
  await page.waitForTimeout(150);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(400);
  const before = await readCounters(counters);
  await page.keyboard.press('Space');
  await page.waitForTimeout(700);
  const after = await readCounters(counters);
  await page.getByText(`${title} was dropped`).waitFor({ state: 'attached', timeout: 1_000 });
  return after.scriptMs - before.scriptMs;
}

/**
 * Script time of drops made on `page` each just after a colleague's change reached it: `colleague` adds a
 * card to the first column, and half a second later `page` drops as `dropScriptMs` does. A colleague's
 * transaction touches the space's history, which page-side appends have to find the end of again.
 */
export async function dropsAfterColleagueMs(
  page: Page,
  colleague: Page,
  counters: CDPSession,
  samples: number,
): Promise<number[]> {
  const status = (await firstColumn(colleague).locator('h2').textContent()) ?? '';
  const field = colleague.getByLabel(`New card in ${status}`);
  const drops: number[] = [];
  for (let i = 0; i < samples; i++) {
    await field.fill(`Colleague's change ${i + 1}`);
    await field.press('Enter');
    await page.waitForTimeout(500);
    drops.push(await dropScriptMs(page, counters));
  }
  return drops;
}

/**
 * Time from a card being added on `sender` (the Enter key in the quick-add field) to `receiver`'s column
 * count changing, per card, in ms. Both pages run on this machine, so their clocks agree.
 */
export async function remoteChangeMs(sender: Page, receiver: Page, samples: number): Promise<number[]> {
  const status = (await firstColumn(sender).locator('h2').textContent()) ?? '';
  await sender.evaluate(`
    window.__sent = [];
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target.matches('.quick-add input')) window.__sent.push(${NOW});
    }, true);`);
  await receiver.evaluate(`
    window.__seen = [];
    const heading = [...document.querySelectorAll('section.column h2')].find((h) => h.textContent === ${JSON.stringify(status)});
    const count = heading.closest('section').querySelector('.column-count');
    new MutationObserver(() => window.__seen.push(${NOW}))
      .observe(count, { subtree: true, childList: true, characterData: true, attributes: true });`);
  const field = sender.getByLabel(`New card in ${status}`);
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const seenBefore = (await receiver.evaluate('window.__seen.length')) as number;
    await field.fill(`Bench change ${i + 1}`);
    await field.press('Enter');
    await receiver.waitForFunction(`window.__seen.length > ${seenBefore}`, undefined, { timeout: 10_000 });
    const sent = (await sender.evaluate('window.__sent.at(-1)')) as number;
    const seen = (await receiver.evaluate(`window.__seen[${seenBefore}]`)) as number;
    latencies.push(seen - sent);
    await receiver.waitForTimeout(50);
  }
  return latencies;
}

export interface DragFigures {
  longTasks: number;
  longestMs: number;
  moves: number;
}

/**
 * Drags the first card of the first column with the mouse for `seconds`, sweeping back and forth over the
 * columns in small steps as a hand does, then drops it. Counts the long tasks (≥ 50 ms) in that time.
 */
export async function dragLongTasks(page: Page, seconds: number): Promise<DragFigures> {
  const columns = await page.locator('section.column').all();
  const boxes = (await Promise.all(columns.map((column) => column.boundingBox()))).filter(
    (box) => box !== null,
  );
  const source = await firstColumn(page).getByRole('listitem').first().boundingBox();
  if (!source || boxes.length < 2) throw new Error('the board has no card or too few columns to drag over');
  const started = (await page.evaluate('performance.now()')) as number;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, { steps: 3 });
  const until = Date.now() + seconds * 1000;
  let moves = 0;
  for (let i = 0; Date.now() < until; i++) {
    // Sweep right then left over the visible columns, dipping up and down inside each one.
    const index = i % (2 * boxes.length - 2);
    const box = boxes[index < boxes.length ? index : 2 * boxes.length - 2 - index]!;
    const y = box.y + Math.min(box.height - 20, 120 + ((i * 97) % 400));
    await page.mouse.move(box.x + box.width / 2, y, { steps: 15 });
    moves += 15;
  }
  await page.mouse.up();
  await page.waitForTimeout(500);
  const tasks = (await page.evaluate(READ_LONG_TASKS)) as { start: number; duration: number }[];
  const during = tasks.filter((task) => task.start >= started);
  return { longTasks: during.length, longestMs: Math.max(0, ...during.map((t) => t.duration)), moves };
}
