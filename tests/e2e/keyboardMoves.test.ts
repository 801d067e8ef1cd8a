// Keyboard moves on a board wider than the window, with columns of different heights: each arrow takes a
// card or a column exactly one column along, a drop into a collapsed column leaves the focus on that
// column, and a cancelled move brings the card back into view.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  announcements,
  card,
  column,
  columnOrder,
  createSpace,
  createWorkspace,
  eventually,
  moveWithKeyboard,
  openSpace,
  pressWhileDragging,
  titlesIn,
} from './support/board.ts';
import { settle } from './support/drag.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';

const COLUMNS = [
  'Claim received',
  'Awaiting documents',
  'Under assessment',
  'Approved – settling',
  'Settled',
  'Rejected',
];

/** The focused element's accessible label, and whether it lies wholly inside the board's visible width. */
async function focusedInView(page: Page): Promise<{ label: string | null; inView: boolean }> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    const board = document.querySelector('.board');
    if (!focused || !board) return { label: null, inView: false };
    const box = focused.getBoundingClientRect();
    const area = board.getBoundingClientRect();
    return {
      label: focused.getAttribute('aria-label'),
      inView: box.left >= area.left - 1 && box.right <= area.right + 1 && box.width > 0,
    };
  });
}

/** Lifts a column by its grip, presses `keys` one by one, and returns what the page announced after each. */
async function moveColumn(page: Page, name: string, keys: string[], finish: 'Space' | 'Escape') {
  await page.getByRole('button', { name: `Move column ${name}` }).focus();
  await page.keyboard.press('Space');
  await page.getByText(new RegExp(`^Column ${name} picked up`)).waitFor({ state: 'attached' });
  const heard: string[] = [];
  for (const key of keys) {
    await pressWhileDragging(page, key, `column ${name}`);
    await settle(page);
    heard.push((await announcements(page).allTextContents()).join(' ').trim());
  }
  await page.keyboard.press(finish);
  await settle(page);
  return heard;
}

describe('keyboard moves across a wide board', () => {
  const app = useApp();

  it('moves cards and columns one column per arrow, whatever the heights and the scroll', async () => {
    const { page } = app;
    // Narrower than six columns and the sidebar: the board scrolls sideways to follow a move.
    await page.setViewportSize({ width: 1000, height: 800 });
    const agent = newPerson('Kim Agent');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Claims');
    await createSpace(page, 'Claims', 'Claims desk', 'Warranty claims');
    await openSpace(page, 'Claims desk');
    expect(await columnOrder(page)).toEqual(COLUMNS);
    // The second column tall, the others short (the first one empty).
    for (let i = 1; i <= 8; i++) await addCard(page, 'Awaiting documents', `Claim ${i}`);
    expect(await page.locator('.board').evaluate((area) => area.scrollWidth > area.clientWidth)).toBe(true);

    // A card: every Right is the next column, at its top, however far the board scrolled.
    await card(page, 'Claim 1').focus();
    await page.keyboard.press('Space');
    await page.getByText('Picked up Claim 1').waitFor({ state: 'attached' });
    for (const next of COLUMNS.slice(2)) {
      await pressWhileDragging(page, 'ArrowRight', 'Claim 1');
      await page
        .getByText(`Claim 1 is over position 1 of 1 in ${next}.`)
        .waitFor({ state: 'attached', timeout: 3000 });
      await settle(page);
      // The card shown in that column keeps the focus through the move, not the page.
      expect((await focusedInView(page)).label).toBe('Claim 1');
    }
    // And Left goes back one column at a time.
    await pressWhileDragging(page, 'ArrowLeft', 'Claim 1');
    await page.getByText('Claim 1 is over position 1 of 1 in Settled.').waitFor({ state: 'attached' });
    await settle(page);
    await page.keyboard.press('Space');
    await page.getByText('Claim 1 was dropped at position 1 of 1 in Settled.').waitFor({ state: 'attached' });
    await eventually(
      () => titlesIn(page, 'Settled'),
      (titles) => titles.join() === 'Claim 1',
    );

    // A tall card enters a column at its top too, above a short card there: not by its middle, below it.
    const tall =
      'Claim 9: the customer sent the invoice, photos of the damage and the serial plate, and asks for a call';
    await addCard(page, 'Awaiting documents', tall);
    await addCard(page, 'Under assessment', 'Claim 10');
    const dropped = await moveWithKeyboard(page, tall, ['ArrowRight']);
    expect(dropped).toContain('was dropped at position 1 of 2 in Under assessment.');
    expect(await titlesIn(page, 'Under assessment')).toEqual([tall, 'Claim 10']);

    // A cancelled move puts the card back and brings it into view, though the move scrolled the board.
    await moveWithKeyboard(
      page,
      'Claim 2',
      ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'],
      'Escape',
    );
    await eventually(
      () => focusedInView(page),
      (focus) => focus.label === 'Claim 2' && focus.inView,
    );
    expect(await titlesIn(page, 'Awaiting documents')).toContain('Claim 2');

    // A drop into a collapsed column: the card is not drawn there, so its column's Expand button has the focus.
    await page.getByRole('button', { name: 'Collapse Under assessment' }).click();
    await moveWithKeyboard(page, 'Claim 3', ['ArrowRight']);
    await eventually(
      () => focusedInView(page),
      (focus) => focus.label === 'Expand Under assessment' && focus.inView,
    );
    await page.getByRole('button', { name: 'Expand Under assessment' }).click();
    await column(page, 'Under assessment').getByRole('listitem', { name: 'Claim 3' }).waitFor();

    // A short column next to a tall one: Left takes the third column to the second place, not the first.
    const left = await moveColumn(page, 'Under assessment', ['ArrowLeft'], 'Space');
    expect(left[0]).toContain('Column Under assessment is over position 2 of 6.');
    await eventually(
      () => columnOrder(page),
      (order) => order[1] === 'Under assessment',
    );
    // The first column, short, past the tall ones: each Right one place.
    const right = await moveColumn(page, 'Claim received', ['ArrowRight', 'ArrowRight'], 'Space');
    expect(right[0]).toContain('Column Claim received is over position 2 of 6.');
    expect(right[1]).toContain('Column Claim received is over position 3 of 6.');
    await eventually(
      () => columnOrder(page),
      (order) =>
        order.join() ===
        [
          'Under assessment',
          'Awaiting documents',
          'Claim received',
          'Approved – settling',
          'Settled',
          'Rejected',
        ].join(),
    );
  });

  it('cancels a lift once the focus leaves the card, so that what is typed next is typed', async () => {
    const { page } = app;
    const agent = newPerson('Noor Agent');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Returns');
    await createSpace(page, 'Returns', 'Returns desk', 'Warranty claims');
    await openSpace(page, 'Returns desk');
    await addCard(page, 'Claim received', 'Claim 7');

    // Tab away from a lifted and moved card: the move is cancelled and said so, the card is back where it
    // was, and the space typed into the field Tab reached is a space, not a drop.
    await card(page, 'Claim 7').focus();
    await page.keyboard.press('Space');
    await page.getByText('Picked up Claim 7').waitFor({ state: 'attached' });
    await pressWhileDragging(page, 'ArrowRight', 'Claim 7');
    await page.keyboard.press('Tab');
    await page.getByText('Moving Claim 7 was cancelled').waitFor({ state: 'attached' });
    await page.keyboard.type('Call back');
    const typedInto = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(typedInto).toBe('Call back');
    expect(await titlesIn(page, 'Claim received')).toContain('Claim 7');

    // A click elsewhere cancels it too; a space typed there stays a space.
    await card(page, 'Claim 7').focus();
    await page.keyboard.press('Space');
    await page.getByText('Picked up Claim 7').waitFor({ state: 'attached' });
    await pressWhileDragging(page, 'ArrowRight', 'Claim 7');
    const field = page.getByLabel('New card in Settled');
    await field.click();
    await page.getByText('Moving Claim 7 was cancelled').waitFor({ state: 'attached' });
    await page.keyboard.type('Paid out');
    await expect.poll(() => field.inputValue()).toBe('Paid out');
    await settle(page);
    expect(await titlesIn(page, 'Claim received')).toContain('Claim 7');
  });
});
