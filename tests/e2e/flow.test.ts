// The Flow view in Chromium against the real server: cards moved to Done on the board show up in the
// cycle-time table view with the library's nearest-rank percentiles, the view has its own address, and a
// row links back to its card.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { percentiles } from '../../src/analytics/index.ts';
import { useApp } from './support/app.ts';
import {
  addCard,
  cardPanel,
  createSpace,
  createWorkspace,
  eventually,
  moveWithKeyboard,
  openSpace,
  sidebar,
  titlesIn,
} from './support/board.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

/** The text of every cell of a table's body rows, by the table's accessible name. */
function tableRows(page: Page, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

describe('the Flow view in the browser', () => {
  const app = useApp();

  it('shows the cycle time of the cards done on the board, with the percentiles of their table', async () => {
    const { page } = app;
    const lead = newPerson('Ada Flow');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    await createWorkspace(page, 'Service NL');
    await createSpace(page, 'Service NL', 'Warranty claims');
    await sidebar(page).getByRole('treeitem', { name: 'Warranty claims' }).waitFor();
    await openSpace(page, 'Warranty claims');
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Board', exact: true }).getAttribute('aria-pressed'))
      .toBe('true');

    const titles = ['Claim 501', 'Claim 502', 'Claim 503'];
    for (const title of titles) await addCard(page, 'To do', title);
    // Two cards go through Doing to Done; the third stays in To do and has no cycle time.
    for (const title of titles.slice(0, 2)) {
      await moveWithKeyboard(page, title, ['ArrowRight']);
      await eventually(
        () => titlesIn(page, 'Doing'),
        (now) => now.includes(title),
      );
      await moveWithKeyboard(page, title, ['ArrowRight']);
      await eventually(
        () => titlesIn(page, 'Done'),
        (now) => now.includes(title),
      );
    }

    await page.getByRole('button', { name: 'Flow', exact: true }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/space\/[A-Za-z0-9_-]+\/flow$/);
    await page.getByRole('table', { name: 'Cycle time percentiles' }).waitFor();

    const byCard = await eventually(
      () => tableRows(page, 'Cycle time by card'),
      (rows) => rows.length === 2,
    );
    expect(byCard.map(([card]) => card).sort()).toEqual(['Claim 501', 'Claim 502']);
    for (const [, completed, days] of byCard) {
      expect(completed).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(Number(days)).toBeGreaterThanOrEqual(0);
    }

    // Rounding keeps order, so the nearest-rank percentiles of the rounded cycle times are the rounded
    // percentiles the view shows: the table agrees with the library.
    const expected = percentiles(byCard.map(([, , days]) => Number(days)));
    const shown = await tableRows(page, 'Cycle time percentiles');
    expect(shown).toEqual(([50, 70, 85, 95] as const).map((p) => [`${p}th`, expected[p]!.toFixed(2)]));
    expect(Number(shown[0]![1])).toBeLessThanOrEqual(Number(shown[3]![1]));
    // The charts load with their own script; the picture should show them drawn.
    await page
      .getByRole('img', { name: /^Cycle time of 2 completed cards/ })
      .locator('canvas')
      .first()
      .waitFor();
    // Its legend says each percentile line's days with the pointer away from the chart.
    const legend = page.getByRole('img', { name: /^Cycle time of 2 completed cards/ }).locator('.u-legend');
    expect(await legend.textContent()).toContain(`50th percentile${shown[0]![1]} days`);
    await saveScreenshot(page, 'flow');

    // The cumulative flow ends the day with the two cards in Done; the throughput counts both.
    const cfd = await tableRows(page, 'Cumulative flow by day');
    expect(cfd.at(-1)!.slice(1)).toEqual(['1', '0', '2']);
    const daily = await tableRows(page, 'Throughput by day');
    expect(daily.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(2);

    // Each histogram counts the two done cards once, in bins of one whole day or more.
    for (const name of ['Lead time histogram', 'Cycle time histogram']) {
      const bins = await tableRows(page, name);
      expect(bins.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(2);
      expect(bins.every(([days]) => Number(days) >= 1)).toBe(true);
    }

    // The chart's data downloads as CSV, one line per card after the header.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('region', { name: 'Cycle time', exact: true })
        .getByRole('button', { name: 'Download CSV' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('cycle-time.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.trim().split(/\r\n/)).toHaveLength(3);

    // The view has its own address: a reload comes back to it.
    await page.reload();
    await page.getByRole('table', { name: 'Cycle time percentiles' }).waitFor();
    expect(await page.getByRole('button', { name: 'Flow', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    // A row links to its card: its panel opens over the charts, and closing it returns to them.
    await page
      .getByRole('table', { name: 'Cycle time by card' })
      .getByRole('link', { name: 'Claim 501' })
      .click();
    await cardPanel(page, 'Claim 501').waitFor();
    expect(await page.getByRole('button', { name: 'Flow', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.keyboard.press('Escape');
    await cardPanel(page, 'Claim 501').waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'Cycle time percentiles' }).waitFor();

    // To the board and back to the charts from the command palette.
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    await page.getByRole('table', { name: 'Cycle time percentiles' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('flow charts');
    await palette.getByRole('option', { name: 'Show the flow charts' }).waitFor();
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'Cycle time percentiles' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/flow$/);
  });
});
