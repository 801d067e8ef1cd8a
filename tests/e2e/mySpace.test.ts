// MySpace in Chromium against the real server and its feed projection: cards from two spaces mirrored from
// their panels, a mirror moved between sections (kept across a reload), a status changed through a mirror
// and seen on the board by a colleague, an assigned card in the inbox, and the Eisenhower matrix.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  card,
  cardPanel,
  createSpace,
  createWorkspace,
  eventually,
  openSpace,
  pressWhileDragging,
  titlesIn,
} from './support/board.ts';
import { dayCell, dayOfThisMonth, entry } from './support/calendar.ts';
import { dragWithPointer } from './support/drag.ts';
import { addMember, homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

/** Opens MySpace from the sidebar, on the sections board. */
async function openMySpace(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation' }).getByRole('button', { name: 'MySpace' }).click();
  await page.getByRole('heading', { level: 1, name: 'MySpace' }).waitFor();
}

/** The cards of a MySpace list, by title, once the feed has them (label chips inside cards left out). */
function cardsIn(page: Page, list: string): Promise<string[]> {
  return page.getByRole('list', { name: list, exact: true }).evaluate((element) =>
    [...element.children]
      .filter((child) => child.getAttribute('role') === 'listitem' || child.tagName === 'LI')
      .map((child) => child.getAttribute('aria-label') ?? '')
      .filter((name) => name !== ''),
  );
}

/**
 * Drags a card with the mouse in small steps, as a hand does, onto the upper half of card `to`, whose place
 * it takes, and lets go once MySpace announced it over `section`.
 */
async function dragWithMouse(page: Page, from: Locator, to: Locator, section: string): Promise<void> {
  const title = (await from.getAttribute('aria-label')) ?? '';
  await dragWithPointer(
    page,
    from,
    to,
    new RegExp(`^${title} is over position \\d+ of \\d+ in section ${section}\\.$`),
    new RegExp(`^${title} was dropped at position \\d+ of \\d+ in section ${section}\\.$`),
    0.25,
  );
}

/** Whether `element` has the keyboard focus. */
function hasFocus(element: Locator): Promise<boolean> {
  return element.evaluate((node) => node === document.activeElement);
}

/** A local calendar date `days` from today, as a date input takes it. */
function dateIn(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('MySpace in the browser', () => {
  const app = useApp();

  it('mirrors cards from two spaces, keeps a moved mirror, and edits the real card through its panel', async () => {
    const { page } = app;
    const ada = newPerson('Ada Agent');
    await signUp(page, ada);
    await homeOf(page, ada.name);
    await createWorkspace(page, 'Service');
    await createSpace(page, 'Service', 'Repairs');
    await createSpace(page, 'Service', 'Claims');

    // A colleague on the Claims board, to see what Ada changes through MySpace.
    const page2 = await app.openAnotherBrowser();
    const grace = newPerson('Grace Lead');
    await signUp(page2, grace);
    await homeOf(page2, grace.name);
    await addMember(page, app.url, 'Service', grace.email);

    // One card added to MySpace with the panel's button, the other with the shortcut.
    await openSpace(page, 'Repairs');
    await addCard(page, 'To do', 'Pump seal');
    await card(page, 'Pump seal').click();
    const pumpPanel = cardPanel(page, 'Pump seal');
    await pumpPanel.getByRole('button', { name: 'Add to MySpace' }).click();
    await pumpPanel.getByRole('button', { name: 'In MySpace', pressed: true }).waitFor();
    await openSpace(page, 'Claims');
    await addCard(page, 'To do', 'Door hinge');
    await card(page, 'Door hinge').click();
    const doorPanel = cardPanel(page, 'Door hinge');
    await doorPanel.getByRole('heading', { name: 'Door hinge' }).waitFor();
    await page.keyboard.press('m');
    await doorPanel.getByRole('button', { name: 'In MySpace', pressed: true }).waitFor();

    await openMySpace(page);
    expect(
      await eventually(
        () => cardsIn(page, 'My cards'),
        (seen) => seen.length === 2 && !seen.includes('Unavailable card'),
        10_000,
      ),
    ).toEqual(['Pump seal', 'Door hinge']);
    const door = page.getByRole('list', { name: 'My cards' }).getByRole('listitem', { name: 'Door hinge' });
    expect(await door.textContent()).toContain('Claims · To do');

    // A new section, and the Door hinge mirror moved into it with the keyboard.
    await page.getByLabel('Section name').fill('Waiting');
    await page.getByRole('button', { name: 'Add section' }).click();
    await page.getByRole('list', { name: 'Waiting', exact: true }).waitFor();
    await door.focus();
    await page.keyboard.press('Space');
    // Said as on the board: the section's name and 1-based positions.
    await page
      .getByText('Picked up Door hinge at position 2 of 2 in section My cards.')
      .waitFor({ state: 'attached' });
    await pressWhileDragging(page, 'ArrowRight', 'Door hinge');
    await page
      .getByText('Door hinge is over position 1 of 1 in section Waiting.')
      .waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page
      .getByText('Door hinge was dropped at position 1 of 1 in section Waiting.')
      .waitFor({ state: 'attached' });
    await eventually(
      () => cardsIn(page, 'Waiting'),
      (seen) => seen.join() === 'Door hinge',
    );
    expect(await cardsIn(page, 'My cards')).toEqual(['Pump seal']);
    // The move is one undo step, and redo puts it back.
    await page.keyboard.press('Control+z');
    await eventually(
      () => cardsIn(page, 'My cards'),
      (seen) => seen.join() === 'Pump seal,Door hinge',
    );
    // Said with where the card is back, as the board's undo is.
    await page
      .getByText('Undone: Door hinge is at position 2 of 2 in section My cards.')
      .waitFor({ state: 'attached' });
    await page.keyboard.press('Control+Shift+z');
    await eventually(
      () => cardsIn(page, 'Waiting'),
      (seen) => seen.join() === 'Door hinge',
    );

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'MySpace' }).waitFor();
    expect(
      await eventually(
        () => cardsIn(page, 'Waiting'),
        (seen) => seen.length === 1 && !seen.includes('Unavailable card'),
        10_000,
      ),
    ).toEqual(['Door hinge']);
    expect(await cardsIn(page, 'My cards')).toEqual(['Pump seal']);
    await saveScreenshot(page, 'myspace');

    const inSection = (section: string, title: string) =>
      page.getByRole('list', { name: section, exact: true }).getByRole('listitem', { name: title });
    // While nothing is lifted, the arrows go from a section's card to the one beside it in the next section.
    await inSection('My cards', 'Pump seal').focus();
    await page.keyboard.press('ArrowRight');
    expect(await hasFocus(inSection('Waiting', 'Door hinge'))).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await hasFocus(inSection('My cards', 'Pump seal'))).toBe(true);

    // With the mouse: Pump seal dropped on the upper half of Door hinge takes its place, first in Waiting.
    await dragWithMouse(
      page,
      inSection('My cards', 'Pump seal'),
      inSection('Waiting', 'Door hinge'),
      'Waiting',
    );
    await eventually(
      () => cardsIn(page, 'Waiting'),
      (seen) => seen.join() === 'Pump seal,Door hinge',
    );
    expect(await cardsIn(page, 'My cards')).toEqual([]);

    // Grace watches the Claims board while Ada moves the card from its mirror's panel.
    await page2.reload();
    await openSpace(page2, 'Claims');
    expect(await titlesIn(page2, 'To do')).toEqual(['Door hinge']);
    await page.getByRole('list', { name: 'Waiting' }).getByRole('listitem', { name: 'Door hinge' }).click();
    const mirrorPanel = cardPanel(page, 'Door hinge');
    await mirrorPanel.getByLabel('Status').selectOption({ label: 'Doing' });
    await eventually(
      () => titlesIn(page2, 'Doing'),
      (seen) => seen.includes('Door hinge'),
      10_000,
    );
    expect(await titlesIn(page2, 'To do')).toEqual([]);
    // The mirror follows the card through the feed.
    await eventually(
      async () =>
        (await page
          .getByRole('list', { name: 'Waiting' })
          .getByRole('listitem', { name: 'Door hinge' })
          .textContent()) ?? '',
      (text) => text.includes('Claims · Doing'),
      10_000,
    );
    // Closing the panel gives focus back to the mirror it was opened from.
    await page.keyboard.press('Escape');
    await mirrorPanel.waitFor({ state: 'detached' });
    await eventually(
      () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
      (name) => name === 'Door hinge',
    );
  });

  it('puts an assigned card in the inbox and places mirrors in the Eisenhower matrix by due date', async () => {
    const { page } = app;
    const bea = newPerson('Bea Planner');
    await signUp(page, bea);
    await homeOf(page, bea.name);
    await createWorkspace(page, 'Field');
    await createSpace(page, 'Field', 'Visits');
    await openSpace(page, 'Visits');

    // Assigned to Bea: the inbox shows it without her adding it.
    await addCard(page, 'To do', 'Compressor check');
    await card(page, 'Compressor check').click();
    await cardPanel(page, 'Compressor check').getByLabel('Responsible').selectOption({ label: bea.name });

    // Two mirrored cards, due tomorrow and in a month.
    for (const [title, days] of [
      ['Boiler service', 1],
      ['Annual inspection', 30],
    ] as const) {
      await addCard(page, 'To do', title);
      await card(page, title).click();
      const panel = cardPanel(page, title);
      await panel.getByLabel('Due date').fill(dateIn(days));
      await panel.getByRole('button', { name: 'Add to MySpace' }).click();
      await panel.getByRole('button', { name: 'In MySpace', pressed: true }).waitFor();
    }

    await openMySpace(page);
    expect(
      await eventually(
        () => cardsIn(page, 'Inbox'),
        (seen) => seen.length === 1,
        10_000,
      ),
    ).toEqual(['Compressor check']);
    await eventually(
      () => cardsIn(page, 'My cards'),
      (seen) => seen.join() === 'Boiler service,Annual inspection',
      10_000,
    );
    // Dragged from the inbox onto a mirror, the card is mirrored in its place and leaves the inbox.
    await dragWithMouse(
      page,
      page.getByRole('list', { name: 'Inbox' }).getByRole('listitem', { name: 'Compressor check' }),
      page.getByRole('list', { name: 'My cards' }).getByRole('listitem', { name: 'Boiler service' }),
      'My cards',
    );
    await eventually(
      () => cardsIn(page, 'My cards'),
      (seen) => seen.join() === 'Compressor check,Boiler service,Annual inspection',
    );
    expect(await cardsIn(page, 'Inbox')).toEqual([]);

    // The arrows, Home and End go from card to card in a section, and a section is one Tab stop: Tab leaves
    // it from the focused card, Shift+Tab comes back to that card.
    const mine = (title: string) =>
      page.getByRole('list', { name: 'My cards' }).getByRole('listitem', { name: title });
    await mine('Compressor check').focus();
    await page.keyboard.press('ArrowDown');
    expect(await hasFocus(mine('Boiler service'))).toBe(true);
    await page.keyboard.press('End');
    expect(await hasFocus(mine('Annual inspection'))).toBe(true);
    await page.keyboard.press('Home');
    expect(await hasFocus(mine('Compressor check'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await hasFocus(page.getByLabel('Section name'))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await hasFocus(mine('Boiler service'))).toBe(true);

    await page
      .getByRole('group', { name: 'MySpace view' })
      .getByRole('button', { name: 'Eisenhower' })
      .click();
    // The address follows the view once it has rendered.
    await expect.poll(() => new URL(page.url()).search).toBe('?view=eisenhower');
    // Nothing is important yet: by date alone, one is urgent and one is not.
    expect(await cardsIn(page, 'Urgent, not important')).toEqual(['Boiler service']);
    expect(await cardsIn(page, 'Neither urgent nor important')).toEqual([
      'Compressor check',
      'Annual inspection',
    ]);

    for (const [title, from] of [
      ['Boiler service', 'Urgent, not important'],
      ['Annual inspection', 'Neither urgent nor important'],
    ] as const) {
      await page
        .getByRole('list', { name: from })
        .getByRole('listitem', { name: title })
        .getByRole('button', { name: 'Important' })
        .click();
    }
    await eventually(
      () => cardsIn(page, 'Urgent and important'),
      (seen) => seen.join() === 'Boiler service',
    );
    expect(await cardsIn(page, 'Important, not urgent')).toEqual(['Annual inspection']);
    expect(await cardsIn(page, 'Neither urgent nor important')).toEqual(['Compressor check']);
    await saveScreenshot(page, 'myspace-eisenhower');

    // The view survives a reload.
    await page.reload();
    await eventually(
      () => cardsIn(page, 'Urgent and important'),
      (seen) => seen.join() === 'Boiler service',
      10_000,
    );
  });

  it('moves an inbox card into a section with the keyboard', async () => {
    const { page } = app;
    const kai = newPerson('Kai Keys');
    await signUp(page, kai);
    await homeOf(page, kai.name);
    await createWorkspace(page, 'Bench');
    await createSpace(page, 'Bench', 'Returns');
    await openSpace(page, 'Returns');
    await addCard(page, 'To do', 'Filter swap');
    await card(page, 'Filter swap').click();
    await cardPanel(page, 'Filter swap').getByLabel('Responsible').selectOption({ label: kai.name });

    await openMySpace(page);
    const inboxed = page.getByRole('list', { name: 'Inbox' }).getByRole('listitem', { name: 'Filter swap' });
    await inboxed.waitFor({ timeout: 10_000 });
    await inboxed.focus();
    await page.keyboard.press('Space');
    await page.getByText('Picked up Filter swap.').waitFor({ state: 'attached' });
    await pressWhileDragging(page, 'ArrowRight', 'Filter swap');
    await page
      .getByText('Filter swap is over position 1 of 1 in section My cards.')
      .waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await eventually(
      () => cardsIn(page, 'My cards'),
      (seen) => seen.join() === 'Filter swap',
    );
    expect(await cardsIn(page, 'Inbox')).toEqual([]);
  });

  it('shows mirrored cards on the MySpace calendar, reschedules the real card from there and undoes that', async () => {
    const { page } = app;
    const cy = newPerson('Cy Scheduler');
    await signUp(page, cy);
    await homeOf(page, cy.name);
    await createWorkspace(page, 'Depot');
    await createSpace(page, 'Depot', 'Recalls');
    await openSpace(page, 'Recalls');
    await addCard(page, 'To do', 'Fridge recall');
    const [due, next] = await Promise.all([20, 21].map((d) => dayOfThisMonth(page, d)));
    await card(page, 'Fridge recall').click();
    const panel = cardPanel(page, 'Fridge recall');
    await panel.getByLabel('Due date').fill(due!.input);
    await panel.getByRole('button', { name: 'Add to MySpace' }).click();
    await panel.getByRole('button', { name: 'In MySpace', pressed: true }).waitFor();

    await openMySpace(page);
    await page.getByRole('group', { name: 'MySpace view' }).getByRole('button', { name: 'Calendar' }).click();
    const onDue = entry(dayCell(page, due!.label), 'Fridge recall');
    await onDue.focus();
    await page.keyboard.press('Alt+ArrowRight');
    // The card moved in its space: the feed brings the new date back to MySpace, and its panel shows it.
    const moved = entry(dayCell(page, next!.label), 'Fridge recall');
    await moved.waitFor();
    // It moves at once and keeps the focus, so the keyboard can move it on.
    expect(await moved.evaluate((button) => button === document.activeElement)).toBe(true);
    await moved.click();
    await eventually(
      () => cardPanel(page, 'Fridge recall').getByLabel('Due date').inputValue(),
      (value) => value === next!.input,
      10_000,
    );
    await page.keyboard.press('Escape');
    // The move is one undo step: Ctrl+Z takes the real card back to its day.
    await page.keyboard.press('Control+z');
    await entry(dayCell(page, due!.label), 'Fridge recall').waitFor();
    await openSpace(page, 'Recalls');
    await card(page, 'Fridge recall').click();
    await eventually(
      () => cardPanel(page, 'Fridge recall').getByLabel('Due date').inputValue(),
      (value) => value === due!.input,
      10_000,
    );
    await page.keyboard.press('Escape');

    // Taken out of MySpace from its panel there, the card leaves MySpace; closing the panel gives the
    // focus to the view's button rather than to nothing.
    await openMySpace(page);
    await page.getByRole('group', { name: 'MySpace view' }).getByRole('button', { name: 'Calendar' }).click();
    await entry(dayCell(page, due!.label), 'Fridge recall').click();
    const inMySpace = cardPanel(page, 'Fridge recall');
    await inMySpace.getByRole('button', { name: 'In MySpace', pressed: true }).click();
    await inMySpace.getByRole('button', { name: 'Add to MySpace', pressed: false }).waitFor();
    await page.keyboard.press('Escape');
    await inMySpace.waitFor({ state: 'detached' });
    await eventually(
      () =>
        page.evaluate(() => document.activeElement?.closest('[role="group"]')?.getAttribute('aria-label')),
      (group) => group === 'MySpace view',
    );
  });
});
