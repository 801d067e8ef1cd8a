// A keyboard drag along a long column of the demo workspace, whose cards carry labels, dates and avatars:
// the column draws only the cards in view, and a lifted card must still go one place per arrow press, the
// whole length of the column, both ways.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { column, eventually, openSpace, pressWhileDragging, sidebar } from './support/board.ts';
import { settle } from './support/drag.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';

/** The column of the open board with the most cards: its name and count, as its header says. */
async function longestColumn(page: Page): Promise<{ name: string; count: number }> {
  const columns = await page.getByRole('region').evaluateAll((regions) =>
    regions.map((region) => ({
      name:
        region.getAttribute('aria-label') ??
        document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent ??
        '',
      count: Number(/(\d+) cards?/.exec(region.textContent ?? '')?.[1] ?? 0),
    })),
  );
  return columns.reduce((longest, next) => (next.count > longest.count ? next : longest));
}

/** The focused card's title (its accessible name). */
function focusedTitle(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

/** Presses `key` and waits until the board says the lifted card is over `place`. */
async function pressTo(page: Page, key: string, title: string, place: number, count: number, name: string) {
  await page.keyboard.press(key);
  await page
    .getByText(`${title} is over position ${place} of ${count} in ${name}.`, { exact: true })
    .waitFor({ state: 'attached', timeout: 3000 });
}

describe('a keyboard drag along a long column', () => {
  const app = useApp();

  it('moves the lifted card one place per arrow, the whole column down and back up', async () => {
    const { page } = app;
    const owner = newPerson('Ada Long');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await page
      .getByRole('region', { name: 'Start with a demo workspace?' })
      .getByRole('button', { name: 'Create the demo workspace' })
      .click();
    await sidebar(page).getByRole('treeitem', { name: 'Repairs & RMA', exact: true }).waitFor();
    await openSpace(page, 'Repairs & RMA');
    await page
      .getByRole('region')
      .filter({ hasText: /\d+ cards/ })
      .first()
      .waitFor();
    const { name, count } = await longestColumn(page);
    expect(count).toBeGreaterThan(60);
    const list = column(page, name);
    const drawn = await list.locator(':scope > [data-card-id]').count();
    expect(drawn).toBeLessThan(count);

    // Down from the top to the end: the column scrolls and draws the cards ahead of the lifted one.
    await list.locator(':scope > [data-card-id]').first().focus();
    const title = await focusedTitle(page);
    await page.keyboard.press('Space');
    await page.getByText(`Picked up ${title}`).waitFor({ state: 'attached' });
    await pressWhileDragging(page, 'ArrowDown', title);
    await page
      .getByText(`${title} is over position 2 of ${count} in ${name}.`)
      .waitFor({ state: 'attached' });
    for (let place = 3; place <= count; place += 1) {
      await pressTo(page, 'ArrowDown', title, place, count, name);
    }
    // What the column holds stays inside its own scroll box: the board around it has nothing to scroll down
    // to (text of cards far down the column once made the whole board scroll into emptiness, and made this
    // drag scroll the board instead of moving the card).
    const overflowing = await list.evaluate((cards) => {
      const found: string[] = [];
      for (let box = cards.parentElement; box !== null; box = box.parentElement) {
        if (box.scrollHeight > box.clientHeight + 1) found.push(`${box.tagName} ${box.scrollHeight}`);
      }
      return found;
    });
    expect(overflowing).toEqual([]);
    // At the end the card stays at the last place.
    await page.keyboard.press('ArrowDown');
    await settle(page);
    await page.keyboard.press('Space');
    await page
      .getByText(`${title} was dropped at position ${count} of ${count} in ${name}.`)
      .waitFor({ state: 'attached' });
    await settle(page);
    expect(await focusedTitle(page)).toBe(title);

    // Reloaded, the column measures its cards afresh: up from the end, each card drawn above the lifted one
    // is measured as it comes into view, and the lifted card still goes one place per press.
    await page.reload();
    await list.locator(':scope > [data-card-id]').first().focus();
    await page.keyboard.press('End');
    await eventually(
      () => focusedTitle(page),
      (focused) => focused === title,
    );
    await page.keyboard.press('Space');
    await page.getByText(`Picked up ${title}`).waitFor({ state: 'attached' });
    await pressWhileDragging(page, 'ArrowUp', title);
    await page
      .getByText(`${title} is over position ${count - 1} of ${count} in ${name}.`)
      .waitFor({ state: 'attached' });
    const far = count - 40;
    for (let place = count - 2; place >= far; place -= 1) {
      await pressTo(page, 'ArrowUp', title, place, count, name);
    }
    await page.keyboard.press('Space');
    await page
      .getByText(`${title} was dropped at position ${far} of ${count} in ${name}.`)
      .waitFor({ state: 'attached' });
    await settle(page);
    expect(await focusedTitle(page)).toBe(title);
  });
});
