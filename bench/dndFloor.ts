/**
 * What a keyboard drop costs in dnd-kit itself: the script time of one drop (measured exactly as the board
 * bench measures ours) on bare boards of eight columns with nothing else on the page: no store, document,
 * storage or network. It is the floor under the board's own drop figure, and shows how it grows with the
 * number of cards that hold dnd-kit's hooks. Each board runs in one page, after three warm-up drops.
 *
 * Run alone: `npx tsx bench/dndFloor.ts [--quick]`. Prints figures; fails only when drops move no card.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/e2e/support/chromium.ts';
import { openCounters } from './board/cdp.ts';
import { dropScriptMs } from './board/interactions.ts';
import { serveBuiltPage } from './lib/builtPage.ts';
import { describeMachine } from './lib/machine.ts';
import { isMain } from './lib/main.ts';
import { formatMs, median } from './lib/stats.ts';
import { renderTable } from './lib/table.ts';

const pageDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dndFloor');

const BOARDS = [
  { name: '8 draggable cards (one per column)', query: 'cards=1' },
  { name: '8 sortable cards (one per column)', query: 'cards=1&sortable' },
  { name: '96 draggable cards (12 per column)', query: 'cards=12' },
  { name: '96 sortable cards (12 per column)', query: 'cards=12&sortable' },
] as const;

export async function runDndFloorBench({ quick = false }: { quick?: boolean } = {}) {
  console.log(`\n## dnd-kit's own keyboard drop${quick ? ' (quick)' : ''}\n${describeMachine()}\n`);
  const served = await serveBuiltPage(pageDir);
  try {
    const browser = await launchChromium();
    const rows: string[][] = [['board', 'script time of one drop (median)', 'runs']];
    try {
      for (const board of BOARDS) {
        const page = await browser.newPage({ viewport: { width: 2300, height: 1000 } });
        await page.goto(`${served.url}?${board.query}`);
        const counters = await openCounters(page);
        const firstColumnCards = () => page.locator('section.column').first().getByRole('listitem').count();
        const atStart = await firstColumnCards();
        for (let i = 0; i < 3; i++) await dropScriptMs(page, counters);
        // Each drop moves a card one column right: a board whose drops put it back measures nothing.
        if ((await firstColumnCards()) >= atStart) {
          throw new Error(`the drops on the board of ${board.name} did not move the cards`);
        }
        const drops: number[] = [];
        for (let i = 0; i < (quick ? 3 : 10); i++) drops.push(await dropScriptMs(page, counters));
        rows.push([board.name, formatMs(median(drops)), drops.map(formatMs).join(', ')]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
    console.log(`${renderTable(rows)}\n`);
  } finally {
    await served.close();
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  await runDndFloorBench({ quick: values.quick });
}
