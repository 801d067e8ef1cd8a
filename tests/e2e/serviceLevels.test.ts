// Service levels in Chromium against the real server: a member makes an SLA date field from the Fields
// dialog, sets it on cards in their panels, finishes some, and the Flow view's Service levels tables show
// the library's figures — attainment per week and the open card at risk, linking back to it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayNumber, dayString, isoWeekday, nearestRank } from '../../src/analytics/index.ts';
import { useApp } from './support/app.ts';
import {
  addCard,
  card,
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

/** `YYYY-MM-DD` of the browser's local day `offset` days from today. */
function localDate(page: Page, offset: number): Promise<string> {
  return page.evaluate((days) => {
    const date = new Date();
    date.setDate(date.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }, offset);
}

/** Opens a card's panel from the board, sets its SLA date, and closes the panel again. */
async function setSla(page: Page, title: string, date: string): Promise<void> {
  await card(page, title).click();
  const panel = cardPanel(page, title);
  await panel.getByLabel('SLA due', { exact: true }).fill(date);
  await panel.getByLabel('SLA due', { exact: true }).press('Enter');
  await panel
    .getByRole('list', { name: 'History' })
    .getByText(/set SLA due to/)
    .waitFor();
  await panel.getByRole('button', { name: 'Close card' }).click();
  await panel.waitFor({ state: 'detached' });
}

async function finish(page: Page, title: string): Promise<void> {
  for (const status of ['Doing', 'Done']) {
    await moveWithKeyboard(page, title, ['ArrowRight']);
    await eventually(
      () => titlesIn(page, status),
      (now) => now.includes(title),
    );
  }
}

describe('service levels in the browser', () => {
  const app = useApp();

  it('measures SLA attainment and the cards at risk from an SLA date field set on the cards', async () => {
    const { page } = app;
    const lead = newPerson('Sam Service');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    await createWorkspace(page, 'Service DE');
    await createSpace(page, 'Service DE', 'Repairs');
    await sidebar(page).getByRole('treeitem', { name: 'Repairs' }).waitFor();
    await openSpace(page, 'Repairs');
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();

    // The Fields dialog: a date field that becomes the SLA due date.
    await page.getByRole('button', { name: 'Fields', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Fields of Repairs' });
    const form = dialog.getByRole('form', { name: 'New field' });
    await form.getByLabel('Field name').fill('SLA due');
    await form.getByLabel('Type').selectOption({ label: 'Date' });
    await form.getByRole('button', { name: 'Create field' }).click();
    await dialog.getByRole('button', { name: 'Rename SLA due' }).waitFor();
    await dialog.getByLabel('SLA due date').selectOption({ label: 'SLA due' });
    await dialog.getByText('Date · SLA due date').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The palette opens it too, and it shows the choice made; Escape closes it.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('custom fields');
    await palette.getByRole('option', { name: 'Manage custom fields and the SLA' }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const slaChoice = dialog.getByLabel('SLA due date');
    expect(await slaChoice.getByRole('option', { selected: true }).textContent()).toBe('SLA due');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // 701 is due tomorrow and done today (met); 702 was due yesterday and is done today (missed);
    // 703 is due today and still open (at risk).
    const titles = ['RMA 701', 'RMA 702', 'RMA 703'];
    for (const title of titles) await addCard(page, 'To do', title);
    const [yesterday, today, tomorrow] = await Promise.all([-1, 0, 1].map((d) => localDate(page, d)));
    await setSla(page, 'RMA 701', tomorrow!);
    await setSla(page, 'RMA 702', yesterday!);
    await setSla(page, 'RMA 703', today!);
    await finish(page, 'RMA 701');
    await finish(page, 'RMA 702');

    await page.getByRole('button', { name: 'Flow', exact: true }).click();
    const attainment = await eventually(
      () => tableRows(page, 'SLA attainment by week'),
      (rows) => rows.length === 1,
    );
    // Both were done this week (weeks start on Monday in the browser's zone): one of two met its SLA.
    const day = dayNumber(today!)!;
    expect(attainment).toEqual([[dayString(day - (isoWeekday(day) - 1)), '2', '1', '50.0%']]);

    // Time to resolve over the two done cards, by nearest rank: the 50th is the shorter, the 85th and
    // 95th the longer — the library's rule, read back from the table.
    const times = await tableRows(page, 'Service level times');
    expect(times.map((row) => row.slice(0, 2))).toEqual([
      ['First response', '2'],
      ['Time to resolve', '2'],
    ]);
    for (const [, , p50, p85, p95] of times) {
      const sorted = [Number(p50), Number(p85)].sort((a, b) => a - b);
      expect(p50).toBe(nearestRank(sorted, 50)!.toFixed(2));
      expect(p85).toBe(nearestRank(sorted, 85)!.toFixed(2));
      expect(p95).toBe(p85);
    }

    // The open card due today is at risk, with its date and the reason.
    const risky = await tableRows(page, 'Open cards at risk');
    expect(risky).toHaveLength(1);
    expect(risky[0]!.slice(0, 3)).toEqual(['RMA 703', '—', today]);
    expect(risky[0]![3]).toMatch(/^SLA due in \d+\.\d\d days$/);
    await page.getByRole('region', { name: 'Service levels' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'service-levels');

    // A row links to its card: the board opens with its panel, where the SLA date is shown.
    await page
      .getByRole('table', { name: 'Open cards at risk' })
      .getByRole('link', { name: 'RMA 703' })
      .click();
    const panel = cardPanel(page, 'RMA 703');
    await panel.waitFor();
    expect(await panel.getByLabel('SLA due', { exact: true }).inputValue()).toBe(today);
  });
});
