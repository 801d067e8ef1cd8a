// What a user does on the app shell and the Kanban board, by role and accessible name as they see them.
import type { Locator, Page } from 'playwright-core';
import { dragWithPointer, settle } from './drag.ts';

export async function createWorkspace(page: Page, name: string): Promise<void> {
  await page.getByLabel('Workspace name').fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('list', { name: 'Your workspaces' }).getByRole('listitem', { name }).waitFor();
}

export async function createFolder(page: Page, workspace: string, name: string): Promise<void> {
  const item = page.getByRole('list', { name: 'Your workspaces' }).getByRole('listitem', { name: workspace });
  await item.getByLabel('Folder name').fill(name);
  await item.getByRole('button', { name: `Create folder in ${workspace}` }).click();
  await item
    .getByLabel('Folder', { exact: true })
    .getByRole('option', { name })
    .waitFor({ state: 'attached' });
}

export async function createSpace(
  page: Page,
  workspace: string,
  name: string,
  template?: string,
  folder?: string,
): Promise<void> {
  const item = page.getByRole('list', { name: 'Your workspaces' }).getByRole('listitem', { name: workspace });
  await item.getByLabel('Space name').fill(name);
  if (template) await item.getByLabel('Template').selectOption({ label: template });
  if (folder) await item.getByLabel('Folder', { exact: true }).selectOption({ label: folder });
  await item.getByRole('button', { name: `Create space in ${workspace}` }).click();
  await item
    .getByRole('list', { name: `Spaces in ${workspace}` })
    .getByText(name)
    .waitFor();
  // The live list may show the space before the form has its answer: wait until the form is free again,
  // so a next space is not typed into a form that is about to be cleared.
  await item.getByRole('button', { name: `Create space in ${workspace}`, disabled: false }).waitFor();
}

/**
 * Creates the demo workspace from the first-run offer (made to the instance's first account) and waits
 * until the sidebar lists its spaces.
 */
export async function createDemoWorkspace(page: Page): Promise<void> {
  await page
    .getByRole('region', { name: 'Start with a demo workspace?' })
    .getByRole('button', { name: 'Create the demo workspace' })
    .click();
  await sidebar(page).getByRole('treeitem', { name: 'Repairs & RMA', exact: true }).waitFor();
}

export function sidebar(page: Page): Locator {
  return page.getByRole('tree', { name: 'Workspaces' });
}

/** Opens a space from the sidebar tree and waits for its board. */
export async function openSpace(page: Page, name: string): Promise<void> {
  await sidebar(page).getByRole('treeitem', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  await page.getByRole('region').first().waitFor();
}

export function column(page: Page, status: string): Locator {
  return page.getByRole('list', { name: status, exact: true });
}

export function card(page: Page, title: string): Locator {
  return page.getByRole('listitem', { name: title, exact: true });
}

/** The card titles of a column, top to bottom. */
export async function titlesIn(page: Page, status: string): Promise<string[]> {
  // Read in one go: reading item by item, a card that a remote move re-rendered in between left its
  // locator waiting 30 s for an element that no longer existed.
  return column(page, status)
    .getByRole('listitem')
    .evaluateAll((items) =>
      // A card's label chips are list items too, inside it.
      items
        .filter((item) => item.matches('[data-card-id]'))
        .map((item) => item.getAttribute('aria-label') ?? ''),
    );
}

export async function addCard(
  page: Page,
  status: string,
  title: string,
  position: 'top' | 'bottom' = 'bottom',
) {
  await page.getByLabel(`New card in ${status}`).fill(title);
  const button = position === 'top' ? `Add card to top of ${status}` : `Add card to ${status}`;
  await page.getByRole('button', { name: button, exact: true }).click();
  await column(page, status).getByRole('listitem', { name: title, exact: true }).waitFor();
}

/** Waits until `check` holds, polling; throws with the last value seen. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  ms = 5000,
): Promise<T> {
  const until = Date.now() + ms;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > until) throw new Error(`still ${JSON.stringify(value)} after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/**
 * Drags with the mouse in small steps, as a hand does, onto `to` (its middle, or `at` its height from its
 * top), and lets go once the board announced the card over `column` — a hand also waits to see where the
 * card will land.
 */
export async function dragWithMouse(
  page: Page,
  from: Locator,
  to: Locator,
  column: string,
  at = 0.5,
): Promise<void> {
  const title = (await from.getAttribute('aria-label')) ?? '';
  await dragWithPointer(
    page,
    from,
    to,
    new RegExp(`^${title} is over position \\d+ of \\d+ in ${column}\\.$`),
    `${title} was dropped`,
    at,
  );
}

/**
 * The board's live region, where drag announcements are read out: dnd-kit's, not the page's own
 * announcer (`data-announcer`), whose late words (an undo's, said a moment after it) would pass for the
 * drag's answer to a key.
 */
export function announcements(page: Page): Locator {
  return page.locator('[aria-live]:not([data-announcer])').filter({ hasText: /./ });
}

/**
 * Presses `key` during a keyboard drag of `title` and waits until the drag announces something new.
 * dnd-kit's keyboard sensor attaches its key listener on a timeout after the lift; on a busy machine the
 * first arrow can arrive before it and is lost. Every move announces, so silence means the key was not
 * seen: it is pressed once more, and the test fails plainly if the page still says nothing.
 */
export async function pressWhileDragging(page: Page, key: string, title: string): Promise<void> {
  const before = (await announcements(page).allTextContents()).join();
  const announced = () =>
    eventually(
      () => announcements(page).allTextContents(),
      (now) => now.join() !== before,
      3000,
    ).then(
      () => true,
      () => false,
    );
  await page.keyboard.press(key);
  if (await announced()) return;
  await page.keyboard.press(key);
  if (!(await announced())) throw new Error(`nothing reacted to ${key} while moving ${title}`);
}

/**
 * Moves a card with the keyboard as a screen-reader user does: Space to lift, then each key once the
 * previous announcement was heard, then Space to drop (or Escape). Returns the drop announcement.
 */
export async function moveWithKeyboard(
  page: Page,
  title: string,
  keys: string[],
  finish: 'Space' | 'Escape' = 'Space',
): Promise<string> {
  await card(page, title).focus();
  await page.keyboard.press('Space');
  // The live region is visually hidden: heard, not seen.
  await page.getByText(`Picked up ${title}`).waitFor({ state: 'attached' });
  for (const key of keys) {
    await pressWhileDragging(page, key, title);
    await settle(page);
  }
  await page.keyboard.press(finish);
  const done = page.getByText(finish === 'Space' ? `${title} was dropped` : `Moving ${title} was cancelled`);
  await done.waitFor({ state: 'attached' });
  await settle(page);
  return (await done.textContent()) ?? '';
}

/** The column names of the board, left to right. */
export async function columnOrder(page: Page): Promise<string[]> {
  const grips = await page.getByRole('button', { name: /^Move column / }).all();
  return Promise.all(
    grips.map(async (grip) => ((await grip.getAttribute('aria-label')) ?? '').replace('Move column ', '')),
  );
}

/** The open card panel (a dialog named after the card). */
export function cardPanel(page: Page, title: string): Locator {
  return page.getByRole('dialog', { name: title });
}
