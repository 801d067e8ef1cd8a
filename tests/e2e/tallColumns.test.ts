// Keyboard use of columns taller than the board, on the demo workspace, whose cards carry labels, dates and
// avatars: a long column draws only the cards in view, and a lifted card must still go one place per arrow
// press, the whole length of the column, both ways; a column its user scrolled takes Tab at a card in view,
// and keeps its place when cards come and go above it.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  column,
  createDemoWorkspace,
  eventually,
  moveWithKeyboard,
  openSpace,
  pressWhileDragging,
} from './support/board.ts';
import { settle } from './support/drag.ts';
import { homeOf, newPerson, signIn, signUp } from './support/flows.ts';

/** The columns of the open board: their names and card counts, as their headers say. */
function columnsOf(page: Page): Promise<{ name: string; count: number }[]> {
  return page.getByRole('region').evaluateAll((regions) =>
    regions.map((region) => ({
      name: document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
      count: Number(/(\d+) cards?/.exec(region.textContent ?? '')?.[1] ?? 0),
    })),
  );
}

/**
 * The elements around a column's card list (the board, the page) that hold more than they show, so that
 * they scroll vertically: none should, only the lists themselves scroll.
 */
function overflowingAround(list: Locator): Promise<string[]> {
  return list.evaluate((cards) => {
    const found: string[] = [];
    for (let box = cards.parentElement; box !== null; box = box.parentElement) {
      if (box.scrollHeight > box.clientHeight + 1) found.push(`${box.tagName} ${box.scrollHeight}`);
    }
    return found;
  });
}

/** The focused card's title (its accessible name). */
function focusedTitle(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

/** The card list's item named `title` (or the focused element): whether it is drawn and wholly in view. */
function shownInList(list: Locator, title: string | null): Promise<boolean> {
  return list.evaluate((cards, wanted) => {
    const item =
      wanted === null
        ? document.activeElement
        : [...cards.children].find((child) => child.getAttribute('aria-label') === wanted);
    if (!item || !cards.contains(item)) return false;
    const [view, box] = [cards.getBoundingClientRect(), item.getBoundingClientRect()];
    return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
  }, title);
}

/** The first card wholly or partly in view of a card list, and how far its top is from the list's. */
function firstInView(list: Locator): Promise<string> {
  return list.evaluate((cards) => {
    const top = cards.getBoundingClientRect().top;
    const first = [...cards.querySelectorAll(':scope > [data-card-id]')].find(
      (item) => item.getBoundingClientRect().bottom > top + 1,
    );
    return `${first?.getAttribute('aria-label')} at ${Math.round((first?.getBoundingClientRect().top ?? 0) - top)}`;
  });
}

/** The column of the open board with the most cards. */
async function longestColumn(page: Page): Promise<{ name: string; count: number; index: number }> {
  const columns = await columnsOf(page);
  const longest = columns.reduce((most, next) => (next.count > most.count ? next : most));
  return { ...longest, index: columns.indexOf(longest) };
}

/**
 * Resizes the window and waits for the page's resize event: a busy page has it a frame or more after the
 * new size, and dnd-kit cancels a keyboard drag on it (a card lifted before it was put straight back).
 */
async function resizeWindow(page: Page, size: { width: number; height: number }): Promise<void> {
  const resized = page.evaluate(
    () => new Promise<void>((resolve) => window.addEventListener('resize', () => resolve(), { once: true })),
  );
  await page.setViewportSize(size);
  await resized;
}

/** Presses `key` and waits until the board says the lifted card is over `place`. */
async function pressTo(page: Page, key: string, title: string, place: number, count: number, name: string) {
  await page.keyboard.press(key);
  await page
    .getByText(`${title} is over position ${place} of ${count} in ${name}.`, { exact: true })
    .waitFor({ state: 'attached', timeout: 3000 });
}

describe('keyboard use of tall columns', () => {
  const app = useApp();
  const owner = newPerson('Ada Long');
  let signedUp = false;

  /**
   * Opens the demo's Repairs & RMA board as its owner: the first time in this file, signs up (this
   * server's data folder is empty, so the first account is offered the demo workspace) and creates it.
   */
  async function openDemoBoard(page: Page): Promise<void> {
    if (signedUp) {
      await signIn(page, owner.email, owner.password);
      await homeOf(page, owner.name);
    } else {
      await signUp(page, owner);
      await homeOf(page, owner.name);
      await createDemoWorkspace(page);
      signedUp = true;
    }
    await openSpace(page, 'Repairs & RMA');
    await page
      .getByRole('region')
      .filter({ hasText: /\d+ cards/ })
      .first()
      .waitFor();
  }

  it('moves the lifted card one place per arrow, the whole column down and back up', async () => {
    const { page } = app;
    await openDemoBoard(page);
    const { name, count } = await longestColumn(page);
    expect(count).toBeGreaterThan(60);
    // Every column as wide as the others, whatever dates and labels its cards carry.
    const widths = await page
      .getByRole('region')
      .evaluateAll((regions) => regions.map((region) => Math.round(region.getBoundingClientRect().width)));
    expect(new Set(widths).size).toBe(1);
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
    // to (else the hidden text of the cards far down the column makes the whole board scroll into
    // emptiness, and this drag scrolls the board instead of moving the card).
    expect(await overflowingAround(list)).toEqual([]);
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

  it('keeps the focus, and Tab stops, in view of columns scrolled by the wheel', async () => {
    const { page } = app;
    await openDemoBoard(page);
    // A column of a few cards (drawn whole: not virtualized), taller than the board.
    let name = '';
    for (const candidate of await columnsOf(page)) {
      const overflows = await column(page, candidate.name).evaluate(
        (cards) => cards.scrollHeight > cards.clientHeight + 1,
      );
      if (candidate.count < 25 && overflows) name = candidate.name;
    }
    expect(name).not.toBe('');
    const list = column(page, name);
    await list.evaluate((cards) => (cards.scrollTop = cards.scrollHeight));
    // The column's Tab stop moves to a card in view once the scroll has been read.
    await eventually(
      () =>
        list.evaluate((cards) => {
          const stop = cards.querySelector<HTMLElement>(':scope > [tabindex="0"]');
          if (!stop) return false;
          const [view, box] = [cards.getBoundingClientRect(), stop.getBoundingClientRect()];
          return box.bottom > view.top && box.top < view.bottom;
        }),
      (inView) => inView,
    );
    await page.getByRole('button', { name: `Collapse ${name}` }).focus();
    await page.keyboard.press('Tab');
    const landed = await list.evaluate((cards) => {
      const focused = document.activeElement as HTMLElement;
      const [view, box] = [cards.getBoundingClientRect(), focused.getBoundingClientRect()];
      return {
        inList: cards.contains(focused),
        shown: box.bottom > view.top && box.top < view.bottom,
        scrolled: cards.scrollTop > 0,
      };
    });
    expect(landed).toEqual({ inList: true, shown: true, scrolled: true });

    // A long column keeps the focused card when the wheel scrolls it far away, and the arrow goes on
    // from it to the card after it, which the column draws again.
    const { name: longName, count: longCount } = await longestColumn(page);
    const long = column(page, longName);
    const cards = long.locator(':scope > [data-card-id]');
    const [third, fourth] = [
      await cards.nth(2).getAttribute('aria-label'),
      await cards.nth(3).getAttribute('aria-label'),
    ];
    await cards.nth(2).focus();
    // The wheel goes on to the column's end (cards measured on the way make the column longer).
    await eventually(
      () =>
        long.evaluate((list) => {
          list.scrollTop = list.scrollHeight;
          const drawn = list.querySelectorAll<HTMLElement>(':scope > [data-card-id]');
          return Number(drawn[drawn.length - 1]?.dataset.index);
        }),
      (last) => last === longCount - 1,
    );
    // The focused card is still there, and focused.
    expect(await focusedTitle(page)).toBe(third);
    await page.keyboard.press('ArrowDown');
    await eventually(
      () => focusedTitle(page),
      (focused) => focused === fourth,
    );
  });

  it('sends a cancelled long move back into view, and takes a lifted card into a collapsed column', async () => {
    const { page } = app;
    await openDemoBoard(page);
    const columns = await columnsOf(page);
    const { name, count, index } = await longestColumn(page);
    const list = column(page, name);
    const first = list.locator(':scope > [data-card-id]').first();
    await first.focus();
    const title = await focusedTitle(page);

    // Escape after a move far down the column: the card goes back to the top of the column, which the
    // move had scrolled away from; the column scrolls back and the card has the focus again.
    await page.keyboard.press('Space');
    await page.getByText(`Picked up ${title}`).waitFor({ state: 'attached' });
    await pressWhileDragging(page, 'ArrowDown', title);
    for (let place = 3; place <= 30; place += 1) await pressTo(page, 'ArrowDown', title, place, count, name);
    await page.keyboard.press('Escape');
    await page.getByText(`Moving ${title} was cancelled`).waitFor({ state: 'attached' });
    await eventually(
      async () => `${await focusedTitle(page)} ${await shownInList(list, null)}`,
      (seen) => seen === `${title} true`,
    );

    // The column before it collapsed, a narrow strip beside the long column: Left takes the card into it,
    // Right back, and a drop there leaves the focus on the strip's Expand button.
    expect(index).toBeGreaterThan(0);
    const before = columns[index - 1]!.name;
    await page.getByRole('button', { name: `Collapse ${before}`, exact: true }).click();
    // Its name runs down the strip; in a small window (or a large zoom) it is cut short, not let out of
    // the board, which would then scroll down into emptiness.
    const size = page.viewportSize()!;
    await resizeWindow(page, { width: 1000, height: 360 });
    expect(await overflowingAround(column(page, before))).toEqual([]);
    await resizeWindow(page, size);
    await first.focus();
    await page.keyboard.press('Space');
    await page.getByText(`Picked up ${title}`).waitFor({ state: 'attached' });
    const overIn = (where: string) =>
      page
        .getByText(new RegExp(`^${title} is over position \\d+ of \\d+ in ${where}\\.$`))
        .waitFor({ state: 'attached', timeout: 3000 });
    await pressWhileDragging(page, 'ArrowLeft', title);
    await overIn(before);
    await settle(page);
    await page.keyboard.press('ArrowRight');
    await overIn(name);
    await settle(page);
    await page.keyboard.press('ArrowLeft');
    await overIn(before);
    await settle(page);
    await page.keyboard.press('Space');
    await page
      .getByText(new RegExp(`^${title} was dropped at position \\d+ of \\d+ in ${before}\\.$`))
      .waitFor({
        state: 'attached',
      });
    await eventually(
      () => focusedTitle(page),
      (focused) => focused === `Expand ${before}`,
    );
  });

  it('shows and says a card added to a long column scrolled to its middle', async () => {
    const { page } = app;
    await openDemoBoard(page);
    const { name } = await longestColumn(page);
    const list = column(page, name);
    for (const [title, position] of [
      ['Return label for RMA-2001', 'bottom'],
      ['Courier pickup for RMA-2002', 'top'],
    ] as const) {
      await list.evaluate((cards) => (cards.scrollTop = cards.scrollHeight / 2));
      await page.getByLabel(`New card in ${name}`).fill(title);
      const button = position === 'top' ? `Add card to top of ${name}` : `Add card to ${name}`;
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.getByText(`Added “${title}” to the ${position} of ${name}.`).waitFor({ state: 'attached' });
      await eventually(
        () => shownInList(list, title),
        (inView) => inView,
      );
    }
  });

  it('keeps a long column, and the focus in it, where its user reads it while cards come and go above', async () => {
    const { page } = app;
    await openDemoBoard(page);
    const other = await app.openAnotherBrowser();
    await openDemoBoard(other);
    const { name, count } = await longestColumn(page);
    const list = column(page, name);
    const countIs = (cards: number) =>
      eventually(
        async () => (await columnsOf(page)).find((shown) => shown.name === name)?.count,
        (shown) => shown === cards,
      );

    // Scrolled to the middle: a card added at the top, and one taken out of the column from above the
    // view, leave the same card at the same height.
    await list.evaluate((cards) => (cards.scrollTop = cards.scrollHeight / 2));
    // The column draws and measures the cards it comes to.
    await settle(page);
    const settled = await firstInView(list);
    await addCard(other, name, 'Courier booked for RMA-2101', 'top');
    await countIs(count + 1);
    await eventually(
      () => firstInView(list),
      (seen) => seen === settled,
    );
    await moveWithKeyboard(other, 'Courier booked for RMA-2101', ['ArrowLeft']);
    await countIs(count);
    await eventually(
      () => firstInView(list),
      (seen) => seen === settled,
    );

    // At its top, the column shows a card added there.
    await list.evaluate((cards) => (cards.scrollTop = 0));
    await addCard(other, name, 'Courier booked for RMA-2102', 'top');
    await eventually(
      () => firstInView(list),
      (seen) => seen === 'Courier booked for RMA-2102 at 0',
    );

    // A focused card the colleague moves to a column out of sight (one the board is scrolled away from): the
    // focus stays in this column, on the card now at its place, rather than following it off the screen.
    const drawn = list.locator(':scope > [data-card-id]');
    const [moved, next] = [
      await drawn.nth(1).getAttribute('aria-label'),
      await drawn.nth(2).getAttribute('aria-label'),
    ];
    await drawn.nth(1).focus();
    // A column the board, as scrolled to the focused card, shows no part of.
    const hidden = await page.getByRole('region').evaluateAll((regions) => {
      const board = document.querySelector('.board')!.getBoundingClientRect();
      const away = regions.find((region) => {
        const box = region.getBoundingClientRect();
        return box.right < board.left || box.left > board.right;
      });
      return away && document.getElementById(away.getAttribute('aria-labelledby') ?? '')?.textContent;
    });
    expect(hidden).toBeTruthy();
    await column(other, name).getByRole('listitem', { name: moved!, exact: true }).click();
    await other.getByLabel('Status', { exact: true }).selectOption({ label: hidden! });
    await countIs(count);
    await eventually(
      () => focusedTitle(page),
      (focused) => focused === next,
    );
  });
});
