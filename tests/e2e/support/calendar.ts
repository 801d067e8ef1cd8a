// The calendar as a user finds it: a day's cell by its spoken date, an entry by its title, a drag to a day.
import type { Locator, Page } from 'playwright-core';
import { dragWithPointer } from './drag.ts';

/** `YYYY-MM-DD` and the grid cell's name for day `date` of the browser's current month. */
export async function dayOfThisMonth(page: Page, date: number): Promise<{ input: string; label: string }> {
  return page.evaluate((d) => {
    const now = new Date();
    const day = new Date(Date.UTC(now.getFullYear(), now.getMonth(), d));
    const label = new Intl.DateTimeFormat(undefined, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(day);
    return { input: day.toISOString().slice(0, 10), label };
  }, date);
}

export function dayCell(page: Page, label: string): Locator {
  return page.getByRole('grid').getByRole('gridcell', { name: label, exact: true });
}

export function entry(scope: Locator, title: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^${title},`) });
}

/** Drags with the mouse in small steps and lets go once the calendar announced the day under it. */
export async function dragToDay(
  page: Page,
  from: Locator,
  to: Locator,
  title: string,
  label: string,
): Promise<void> {
  await dragWithPointer(page, from, to, `${title} is over ${label}.`, `${title} was dropped on ${label}.`);
}
