// The Calendar view of a space in Chromium against the real server: a dated card on its day, dragged to
// another day with the mouse, the new dates in its panel, and the same after a reload.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { addCard, card, cardPanel, createSpace, createWorkspace, openSpace } from './support/board.ts';
import { dayCell, dayOfThisMonth, dragToDay, entry } from './support/calendar.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

describe('the calendar view in the browser', () => {
  const app = useApp();

  it('shows a card on its due date, reschedules it by drag and keeps the new dates', async () => {
    const { page } = app;
    const agent = newPerson('Cal Planner');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Field service');
    await createSpace(page, 'Field service', 'Maintenance visits');
    await openSpace(page, 'Maintenance visits');
    await addCard(page, 'To do', 'Boiler service Meyer');
    await addCard(page, 'To do', 'Undated visit');

    // A two-day job: starts on the 9th, due on the 10th.
    const [start, due, target, shiftedStart] = await Promise.all(
      [9, 10, 13, 12].map((d) => dayOfThisMonth(page, d)),
    );
    await card(page, 'Boiler service Meyer').click();
    const panel = cardPanel(page, 'Boiler service Meyer');
    await panel.getByLabel('Start date').fill(start!.input);
    await panel.getByLabel('Due date').fill(due!.input);
    await panel.getByLabel('Due date').press('Enter');
    await panel.getByRole('list', { name: 'History' }).getByText('set the due date').waitFor();

    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Calendar' }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/space\/[A-Za-z0-9_-]+\/calendar$/);
    await page
      .getByRole('group', { name: 'Calendar range' })
      .getByRole('button', { name: 'Month' })
      .waitFor();
    const onDue = entry(dayCell(page, due!.label), 'Boiler service Meyer');
    await onDue.waitFor();
    // Its name says "late" once the 10th is over, as its colour does ("not started on time" on the 10th,
    // its start gone by while it is still in To do).
    const today = (await page.evaluate(() => new Date().getDate())) as number;
    const lateness = today > 10 ? ', late' : today > 9 ? ', not started on time' : '';
    expect(await onDue.getAttribute('aria-label')).toBe(`Boiler service Meyer, due${lateness}, To do`);
    // A card without dates is not on the calendar; the start date is not shown as a second entry.
    expect(await page.getByRole('button', { name: /^Undated visit/ }).count()).toBe(0);
    expect(await entry(dayCell(page, start!.label), 'Boiler service Meyer').count()).toBe(0);

    await dragToDay(page, onDue, dayCell(page, target!.label), 'Boiler service Meyer', target!.label);
    const moved = entry(dayCell(page, target!.label), 'Boiler service Meyer');
    await moved.waitFor();
    expect(await entry(dayCell(page, due!.label), 'Boiler service Meyer').count()).toBe(0);
    // The card that followed the pointer is gone once it settled: the title is on the page once.
    await page.waitForTimeout(300);
    expect(await page.getByText('Boiler service Meyer', { exact: true }).count()).toBe(1);
    await page.mouse.move(0, 700);
    await saveScreenshot(page, 'calendar');

    // Its panel shows the new due date, and the start moved with it: still a two-day job.
    await moved.click();
    await panel.waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/card\/[A-Za-z0-9_-]+$/);
    expect(await panel.getByLabel('Due date').inputValue()).toBe(target!.input);
    expect(await panel.getByLabel('Start date').inputValue()).toBe(shiftedStart!.input);
    // One edit: one history entry per date changed by the drop.
    await panel.getByRole('list', { name: 'History' }).getByText('set the due date').nth(1).waitFor();

    await page.reload();
    await panel.waitFor();
    expect(await panel.getByLabel('Due date').inputValue()).toBe(target!.input);
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Calendar' }).click();
    await entry(dayCell(page, target!.label), 'Boiler service Meyer').waitFor();
  });

  it('moves an entry by a day with Alt+arrows, keeps focus on it, and undoes the move', async () => {
    const { page } = app;
    const agent = newPerson('Kim Keys');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Returns');
    await createSpace(page, 'Returns', 'RMA desk');
    await openSpace(page, 'RMA desk');
    await addCard(page, 'To do', 'RMA 2201 pickup');
    const [before, due, next] = await Promise.all([19, 20, 21].map((d) => dayOfThisMonth(page, d)));
    await card(page, 'RMA 2201 pickup').click();
    await cardPanel(page, 'RMA 2201 pickup').getByLabel('Due date').fill(due!.input);
    await cardPanel(page, 'RMA 2201 pickup').getByLabel('Due date').press('Enter');
    await cardPanel(page, 'RMA 2201 pickup')
      .getByRole('list', { name: 'History' })
      .getByText('set the due date')
      .waitFor();

    await page.keyboard.press('Escape');
    await cardPanel(page, 'RMA 2201 pickup').waitFor({ state: 'detached' });

    // Through the command palette this time.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('calendar');
    await palette.getByRole('option', { name: 'Show the calendar' }).waitFor();
    await page.keyboard.press('Enter');
    const onDue = entry(dayCell(page, due!.label), 'RMA 2201 pickup');
    await onDue.focus();
    await page.keyboard.press('Alt+ArrowRight');
    const moved = entry(dayCell(page, next!.label), 'RMA 2201 pickup');
    await moved.waitFor();
    expect(await moved.evaluate((button) => button === document.activeElement)).toBe(true);

    // One undo step: Ctrl+Z puts it back on its day.
    await page.keyboard.press('Control+z');
    await entry(dayCell(page, due!.label), 'RMA 2201 pickup').waitFor();
    expect(await entry(dayCell(page, next!.label), 'RMA 2201 pickup').count()).toBe(0);

    // Alt+Left moves it a day back and is not the browser's Back.
    const calendarUrl = page.url();
    await entry(dayCell(page, due!.label), 'RMA 2201 pickup').focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await entry(dayCell(page, before!.label), 'RMA 2201 pickup').waitFor();
    expect(page.url()).toBe(calendarUrl);
  });
});
