// The Timeline in Chromium against the real server: a dated card's bar is dragged to later days with the
// mouse, stretched by its due end and stepped with the keyboard, an undated card is dated from the side
// list, and the card panel shows the dates the Timeline wrote.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  card,
  cardPanel,
  createSpace,
  createWorkspace,
  openSpace,
  sidebar,
} from './support/board.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

/** `YYYY-MM-DD` of today + `offset` days, in local time (the browser runs in the same zone as the test). */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The bar of a card, whatever its dates. */
function bar(page: Page, title: string): Locator {
  return page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: new RegExp(`^${title}, `) });
}

async function barName(page: Page, title: string): Promise<string> {
  return (await bar(page, title).getAttribute('aria-label')) ?? '';
}

/** Drags from `x, y` by `dx` px in small steps, as a hand does. */
async function dragBy(page: Page, x: number, y: number, dx: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + Math.sign(dx) * 6, y, { steps: 2 });
  await page.mouse.move(x + dx, y, { steps: 12 });
  await page.mouse.up();
}

/** The date inputs of a card's panel. */
async function panelDates(page: Page, title: string): Promise<[string, string]> {
  const panel = cardPanel(page, title);
  await panel.waitFor();
  return [await panel.getByLabel('Start date').inputValue(), await panel.getByLabel('Due date').inputValue()];
}

describe('the Timeline in the browser', () => {
  const app = useApp();

  it('reschedules cards by dragging and with the keyboard, and dates undated cards', async () => {
    const { page } = app;
    const lead = newPerson('Tim Line');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    await createWorkspace(page, 'Service AT');
    await createSpace(page, 'Service AT', 'Repairs');
    await sidebar(page).getByRole('treeitem', { name: 'Repairs' }).waitFor();
    await openSpace(page, 'Repairs');
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();
    for (const title of ['Repair 7001', 'Repair 7002', 'Repair 7003']) await addCard(page, 'To do', title);

    await card(page, 'Repair 7001').click();
    const panel = cardPanel(page, 'Repair 7001');
    await panel.getByLabel('Start date').fill(day(1));
    await panel.getByLabel('Due date').fill(day(3));
    await panel.getByLabel('Due date').press('Enter');
    await panel.getByRole('list', { name: 'History' }).getByText('set the due date').waitFor();

    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/space\/[A-Za-z0-9_-]+\/timeline$/);
    const zoom = page.getByRole('group', { name: 'Zoom' });
    await zoom.getByRole('button', { name: 'Day' }).click();
    await expect
      .poll(() => zoom.getByRole('button', { name: 'Day' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => barName(page, 'Repair 7001')).toBe(`Repair 7001, start ${day(1)}, due ${day(3)}`);
    const undated = page.getByRole('list', { name: 'Undated cards' });
    expect(await undated.getByRole('listitem').count()).toBe(2);

    // Drag the whole bar three days later: one day is as wide as the axis's day columns.
    let box = (await bar(page, 'Repair 7001').boundingBox())!;
    const dayPx = box.width / 3;
    await dragBy(page, box.x + box.width / 2, box.y + box.height / 2, 3 * dayPx);
    await expect.poll(() => barName(page, 'Repair 7001')).toBe(`Repair 7001, start ${day(4)}, due ${day(6)}`);

    // Drag its due end one day further: only the due date moves.
    box = (await bar(page, 'Repair 7001').boundingBox())!;
    await dragBy(page, box.x + box.width - 2, box.y + box.height / 2, dayPx);
    await expect.poll(() => barName(page, 'Repair 7001')).toBe(`Repair 7001, start ${day(4)}, due ${day(7)}`);

    // The keyboard: arrows move both dates by a day (the zoom's unit), Shift the due end, Alt the start.
    await bar(page, 'Repair 7001').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => barName(page, 'Repair 7001')).toBe(`Repair 7001, start ${day(5)}, due ${day(8)}`);
    // The new dates are read out, not only written into the bar's name.
    await page
      .getByRole('status')
      .getByText(`Repair 7001, start ${day(5)}, due ${day(8)}`)
      .waitFor({ state: 'attached' });
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => barName(page, 'Repair 7001')).toBe(`Repair 7001, start ${day(5)}, due ${day(7)}`);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => barName(page, 'Repair 7001')).toBe(`Repair 7001, start ${day(4)}, due ${day(7)}`);
    expect(new URL(page.url()).pathname).toMatch(/\/timeline$/);
    // Focus stays on the bar after each step.
    expect(await bar(page, 'Repair 7001').evaluate((element) => element === document.activeElement)).toBe(
      true,
    );
    // Each step is one undo step.
    await page.keyboard.press('Control+z');
    await expect.poll(() => barName(page, 'Repair 7001')).toBe(`Repair 7001, start ${day(5)}, due ${day(7)}`);

    // An undated card gets today from its "Date it" button, another the day it is dropped on.
    await undated.getByRole('button', { name: 'Date it: Repair 7002' }).click();
    await expect.poll(() => barName(page, 'Repair 7002')).toBe(`Repair 7002, start ${day(0)}, due ${day(0)}`);
    // The focus moves from the button that left the list to the card's new bar.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toBe(`Repair 7002, start ${day(0)}, due ${day(0)}`);
    box = (await bar(page, 'Repair 7001').boundingBox())!;
    const source = (await undated.getByRole('button', { name: 'Repair 7003', exact: true }).boundingBox())!;
    await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await page.mouse.down();
    // Two days after Repair 7001's start, below its row.
    await page.mouse.move(box.x + 2 * dayPx + dayPx / 2, box.y + 3 * box.height, { steps: 16 });
    await page.getByText(`Repair 7003 → ${day(7)}`).waitFor();
    await page.mouse.up();
    await expect.poll(() => barName(page, 'Repair 7003')).toBe(`Repair 7003, start ${day(7)}, due ${day(7)}`);
    expect(await undated.getByRole('listitem').count()).toBe(0);
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await saveScreenshot(page, 'timeline');

    // Grouped by responsible person: nobody is responsible for these cards yet. The choice and the zoom
    // are in the address, so a reload shows the same Timeline.
    await page.getByLabel('Group by').selectOption({ label: 'Responsible person' });
    await page.getByRole('region', { name: 'Timeline' }).getByText('No one responsible').waitFor();
    expect(new URL(page.url()).search).toBe('?zoom=day&group=responsible');
    await page.reload();
    await expect.poll(() => barName(page, 'Repair 7001')).toBe(`Repair 7001, start ${day(5)}, due ${day(7)}`);
    expect(await zoom.getByRole('button', { name: 'Day' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel('Group by').inputValue()).toBe('responsible');

    // A click opens the card's panel, which shows the dates the Timeline wrote.
    await bar(page, 'Repair 7001').click();
    expect(await panelDates(page, 'Repair 7001')).toEqual([day(5), day(7)]);

    // Closing the panel returns to the Timeline as it was; to the board, and back from the command palette.
    await page.keyboard.press('Escape');
    await cardPanel(page, 'Repair 7001').waitFor({ state: 'detached' });
    await bar(page, 'Repair 7001').waitFor();
    expect(new URL(page.url()).search).toBe('?zoom=day&group=responsible');
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    await bar(page, 'Repair 7001').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('timeline');
    await palette.getByRole('option', { name: 'Show the timeline' }).waitFor();
    await page.keyboard.press('Enter');
    await bar(page, 'Repair 7001').waitFor();
    expect(
      await page.getByRole('button', { name: 'Timeline', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
