/**
 * The cycle-time scatterplot in a real browser: the app's own chart component (uPlot on a canvas) drawing
 * 10,000 completed cards with its four percentile lines in Debian's Chromium, from the points handed to
 * the chart to the frame that shows them. Target ≤ 100 ms. Also the cycle-time tables of the same cards
 * (the chart's table view), which draw only the rows in view.
 *
 * Run alone: `npx tsx bench/scatter.ts [--quick] [--runs 9]`. Prints figures; asserts nothing.
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/chromium.ts';
import type { ScatterTiming } from './charts/api.ts';
import { serveChartPage } from './charts/page.ts';
import { describeMachine } from './lib/machine.ts';
import { isMain } from './lib/main.ts';
import { formatMs, median } from './lib/stats.ts';
import { renderTable } from './lib/table.ts';

export interface ScatterBenchOptions {
  quick?: boolean;
  runs?: number;
}

const drawScatter = (page: Page, count: number): Promise<ScatterTiming> =>
  page.evaluate((n) => window.chartBench.drawScatter(n), count);
const showTables = (page: Page, count: number): Promise<number> =>
  page.evaluate((n) => window.chartBench.showTables(n), count);

export async function runScatterBench({ quick = false, runs = 9 }: ScatterBenchOptions = {}) {
  console.log(`\n## Cycle-time scatterplot in the browser${quick ? ' (quick)' : ''}\n${describeMachine()}\n`);
  const count = quick ? 1_000 : 10_000;
  const chartPage = await serveChartPage();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(chartPage.url);
    await page.waitForFunction(() => 'chartBench' in window);
    // The first draw also compiles the chart's code: reported, but apart from the runs.
    const first = await drawScatter(page, count);
    const draws: ScatterTiming[] = [];
    for (let i = 0; i < runs; i++) draws.push(await drawScatter(page, count));
    const tables: number[] = [];
    await showTables(page, count);
    for (let i = 0; i < runs; i++) tables.push(await showTables(page, count));

    const painted = draws.map((d) => d.paintedMs);
    const figures = {
      firstMs: first.paintedMs,
      medianMs: median(painted),
      worstMs: Math.max(...painted),
      drawnMedianMs: median(draws.map((d) => d.drawnMs)),
      dotPixels: Math.min(...draws.map((d) => d.dotPixels)),
      tablesMedianMs: median(tables),
      tablesWorstMs: Math.max(...tables),
    };
    console.log(
      `${count} points; every draw coloured at least ${figures.dotPixels} canvas pixels in the dots' colour\n\n` +
        renderTable([
          [`step (${runs} runs after a first one)`, 'median', 'worst', 'target'],
          [
            'scatterplot: points handed over → painted',
            formatMs(figures.medianMs),
            formatMs(figures.worstMs),
            '≤ 100 ms',
          ],
          ['  of which script (build, draw to the canvas)', formatMs(figures.drawnMedianMs), '', ''],
          ['  first draw (code not yet compiled)', formatMs(figures.firstMs), '', ''],
          [
            'cycle-time tables: points → painted',
            formatMs(figures.tablesMedianMs),
            formatMs(figures.tablesWorstMs),
            '',
          ],
        ]) +
        '\n',
    );
    return figures;
  } finally {
    await browser.close();
    await chartPage.close();
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, runs: { type: 'string', default: '9' } },
  });
  await runScatterBench({ quick: values.quick, runs: Number(values.runs) });
}
