// The cycle-time table view of a busy space in Chromium: 10,000 done cards stay one accessible table that
// says how many rows it has, while only the rows in view are in the page; scrolling brings the others in,
// and a row still links to its card. The page is the chart bench page (bench/charts), which renders the
// Flow view's own components on made-up cards, so no space of 10,000 cards has to be seeded.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveChartPage, type ChartPage } from '../../bench/charts/page.ts';
import { launchChromium } from './support/chromium.ts';

describe('the cycle-time table of 10,000 cards', () => {
  let chartPage: ChartPage;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    chartPage = await serveChartPage();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(chartPage.url);
    await page.waitForFunction(() => 'chartBench' in window);
  });

  afterAll(async () => {
    await browser?.close();
    await chartPage?.close();
  });

  const table = () => page.getByRole('table', { name: 'Cycle time by card', exact: true });
  /** The card rows drawn now (the header row and the hidden spacers are not rows to a reader). */
  const drawnRows = () =>
    table()
      .getByRole('row')
      .filter({ has: page.getByRole('link') });

  it('draws only the rows in view, and tells assistive technology the whole count', async () => {
    await page.evaluate(() => window.chartBench.showTables(10_000));
    expect(await table().getAttribute('aria-rowcount')).toBe('10001');
    const drawn = await drawnRows().count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(100);
    // The first card is row 2 (the header is row 1), and its cells read as before.
    const firstRow = drawnRows().first();
    expect(await firstRow.getAttribute('aria-rowindex')).toBe('2');
    expect(await firstRow.getByRole('rowheader').textContent()).toBe('Claim 1');
    expect(await firstRow.getByRole('cell').first().textContent()).toMatch(/^2026-01-01 \d{2}:\d{2}$/);
    expect(errors).toEqual([]);
  });

  it('brings the last card into the table when scrolled to the end, and its link opens the card', async () => {
    await page.evaluate(() => window.chartBench.showTables(10_000));
    await expect.poll(() => drawnRows().count()).toBeGreaterThan(5);
    await table().evaluate((element) => {
      const box = element.parentElement!;
      box.scrollTop = box.scrollHeight;
    });
    const last = table().getByRole('link', { name: 'Claim 10000', exact: true });
    await last.waitFor();
    const row = drawnRows().filter({
      has: page.getByRole('link', { name: 'Claim 10000', exact: true }),
    });
    expect(await row.getAttribute('aria-rowindex')).toBe('10001');
    expect(await table().getByRole('link', { name: 'Claim 1', exact: true }).count()).toBe(0);
    expect(await drawnRows().count()).toBeLessThan(100);

    await last.click();
    expect(new URL(page.url()).pathname).toBe('/space/bench/flow/card/card9999');
    expect(errors).toEqual([]);
  });

  it('keeps a short table whole, without row indexes', async () => {
    await page.evaluate(() => window.chartBench.showTables(12));
    expect(await drawnRows().count()).toBe(12);
    expect(await table().getAttribute('aria-rowcount')).toBeNull();
  });
});
