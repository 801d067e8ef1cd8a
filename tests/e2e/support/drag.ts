// A drag with the mouse as a hand does it, for every dnd-kit surface (board, MySpace, calendar): small
// steps, let go only once the page announced the target, and wait out the drop before the next gesture.
import type { Locator, Page } from 'playwright-core';

/**
 * Drags `from` onto the middle of `to` (or `at` its height from its top, 0–1), lets go once the page says
 * `over` (the live region's text while the card is over the target), and returns once it says `dropped`
 * and the drop has settled.
 */
export async function dragWithPointer(
  page: Page,
  from: Locator,
  to: Locator,
  over: string | RegExp,
  dropped: string | RegExp,
  at = 0.5,
): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('drag source or target is not on screen');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 8, source.y + source.height / 2 + 8, { steps: 4 });
  const y = target.y + target.height * at;
  await page.mouse.move(target.x + target.width / 2, y, { steps: 12 });
  await page.mouse.move(target.x + target.width / 2, y + 2, { steps: 2 });
  await page.getByText(over).waitFor({ state: 'attached' });
  await page.mouse.up();
  await page.getByText(dropped).waitFor({ state: 'attached' });
  await settle(page);
}

/**
 * Lets the cards' move and drop animations (up to 200 ms) finish, as a person's next gesture would: dnd-kit
 * measures where cards are, and a gesture started mid-animation measures them in flight. The wait is a timer
 * in the page, not in the test: after a pointer drop dnd-kit swallows clicks until its own 50 ms timer
 * fires, and on a busy machine a click sent 250 ms of wall time later can still be handled before that
 * timer. A page timer set after the drop fires after dnd-kit's.
 */
export function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 250)));
}
