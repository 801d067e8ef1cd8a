// A card let go outside the board, in Chromium against the real server: on the demo's Repairs & RMA board,
// wider than a 1000 px window and scrolled to its right end, a card dragged quickly from the last column
// over the sidebar — where the columns scrolled out of the board's box lie hidden — goes nowhere: the drag
// is cancelled and every column keeps its cards. Held there, it does not scroll the board.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { createDemoWorkspace, sidebar } from './support/board.ts';
import { settle } from './support/drag.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';

/** Over the sidebar, level with the upper part of every column's list (the shortest has two cards). */
const OVER_SIDEBAR = { x: 100, y: 300 };

/** Every column's card titles, top to bottom, as drawn now. */
function boardCards(page: Page): Promise<string[][]> {
  return page
    .getByRole('region')
    .evaluateAll((regions) =>
      regions.map((region) =>
        [...region.querySelectorAll('[data-card-id]')].map((item) => item.getAttribute('aria-label') ?? ''),
      ),
    );
}

/**
 * Resolves, at the next release of the mouse button, with the names of the card lists lying under it then
 * (the board's hidden parts included): the board scrolls by itself while a card is held past its edge, so
 * what is under the pointer is known only at that moment, in the page.
 */
function listsUnderRelease(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const released = (event: PointerEvent) => {
          const lists = [...document.querySelectorAll<HTMLElement>('.board ul[aria-labelledby]')];
          const under = lists.filter((list) => {
            const box = list.getBoundingClientRect();
            const [x, y] = [event.clientX, event.clientY];
            return box.left <= x && x < box.right && box.top <= y && y < box.bottom;
          });
          resolve(
            under.map(
              (list) => document.getElementById(list.getAttribute('aria-labelledby')!)?.textContent ?? '',
            ),
          );
        };
        window.addEventListener('pointerup', released, { capture: true, once: true });
      }),
  );
}

describe('a card let go outside the board', () => {
  const app = useApp();

  it('stays where it was when let go quickly over the sidebar of a board scrolled sideways', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1000, height: 800 });
    const owner = newPerson('Olga Outside');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await createDemoWorkspace(page);
    const space = sidebar(page).getByRole('treeitem', { name: 'Repairs & RMA', exact: true });
    await space.click();
    await page.getByRole('heading', { level: 1, name: 'Repairs & RMA', exact: true }).waitFor();
    await page
      .getByRole('region')
      .filter({ hasText: /\d+ cards/ })
      .first()
      .waitFor();
    const before = await boardCards(page);
    const moved = page.getByRole('region').last().locator('[data-card-id]').first();
    const title = (await moved.getAttribute('aria-label')) ?? '';
    expect(title).not.toBe('');

    // Let go may fall in the gap between two hidden columns: then the card is let go again, elsewhere.
    let hidden: string[] = [];
    for (let attempt = 1; attempt <= 3 && hidden.length === 0; attempt++) {
      // The board scrolled to its right end: its first columns lie under the sidebar, hidden.
      await page.locator('.board').evaluate((board) => {
        board.scrollLeft = board.scrollWidth;
      });
      const from = (await moved.boundingBox())!;
      const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
      const release = listsUnderRelease(page);
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x - 8, start.y + 8, { steps: 2 });
      await page.getByText(`Picked up ${title}`).waitFor({ state: 'attached' });
      // Quickly, as a hand does: the board, scrolling by itself, has not come to its left end yet.
      // Each time a little further right, as the board holds still under a pointer past its edge.
      await page.mouse.move(OVER_SIDEBAR.x - 60 + attempt * 60, OVER_SIDEBAR.y, { steps: 6 });
      await page.mouse.up();
      hidden = await release;

      const dropped = page.getByText(`${title} was dropped`);
      await dropped.waitFor({ state: 'attached' });
      expect(await dropped.textContent()).toBe(`${title} was dropped outside the board and did not move.`);
      await settle(page);
      expect(await boardCards(page)).toEqual(before);
    }
    expect(hidden, 'columns hidden under the sidebar when the card was let go').not.toEqual([]);

    // Held over the sidebar, the card does not scroll the board: it scrolls only with the pointer inside.
    const scrolled = () => page.locator('.board').evaluate((board) => board.scrollLeft);
    const from = (await moved.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 - 8, from.y + from.height / 2 + 8, { steps: 2 });
    await page.getByText(`Picked up ${title}`).waitFor({ state: 'attached' });
    await page.mouse.move(OVER_SIDEBAR.x, OVER_SIDEBAR.y, { steps: 6 });
    const over = await scrolled();
    await page.waitForTimeout(1000);
    expect(await scrolled()).toBe(over);
    // Back inside, near the board's left edge: it scrolls towards its start.
    const board = (await page.locator('.board').boundingBox())!;
    await page.mouse.move(board.x + 10, OVER_SIDEBAR.y, { steps: 4 });
    await expect.poll(scrolled, { timeout: 5000 }).toBeLessThan(over);
    await page.keyboard.press('Escape');
    await page.getByText(`Moving ${title} was cancelled`).waitFor({ state: 'attached' });
    await page.mouse.up();
  });
});
