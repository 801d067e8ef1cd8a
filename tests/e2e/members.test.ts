// Managing a workspace's people from the home, in Chromium against the real server: an owner adds a
// colleague by email, changes their role (their open board turns read-only) and removes them; the
// colleague's page follows without a reload.
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
import { addMember, homeOf, newPerson, signUp } from './support/flows.ts';

function workspaceItem(page: Page, name: string): Locator {
  return page.getByRole('list', { name: 'Your workspaces' }).getByRole('listitem', { name });
}

/** Opens the People section of a workspace on the home and resolves to its list of people. */
async function openPeople(page: Page, workspace: string): Promise<Locator> {
  await workspaceItem(page, workspace)
    .getByRole('button', { name: `People in ${workspace}` })
    .click();
  const people = page.getByRole('list', { name: `People in ${workspace}` });
  await people.waitFor();
  return people;
}

/**
 * The user comes back to a window they left open, and the page asks the server what changed meanwhile.
 * Headless Chromium sends no focus event when a page is brought to the front, so the test sends the one a
 * desktop browser would (without it the page still catches up, on its 30 s timer).
 */
async function comeBackTo(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
}

describe('people of a workspace', () => {
  const app = useApp();

  it('lets an owner add a colleague, change their role and remove them', async () => {
    const { page } = app;
    const page2 = await app.openAnotherBrowser();
    const colleague = newPerson('Katherine Johnson');
    await signUp(page2, colleague);
    await homeOf(page2, colleague.name);

    const owner = newPerson('Dorothy Vaughan');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await createWorkspace(page, 'Field service');
    await createSpace(page, 'Field service', 'Site visits');

    const people = await openPeople(page, 'Field service');
    const add = page.getByRole('form', { name: 'Add a person to Field service' });
    await add.getByLabel('Email of the person to add').fill(colleague.email);
    await add.getByLabel('Role').selectOption({ label: 'Member' });
    await add.getByRole('button', { name: 'Add to Field service' }).click();
    const role = people.getByRole('combobox', { name: `Role of ${colleague.name}` });
    await role.waitFor();
    expect(await role.inputValue()).toBe('member');
    await people.getByText(colleague.email).waitFor();

    // The colleague's page, open all along in another window, shows the workspace at once: the server
    // tells their open pages that their memberships changed.
    await workspaceItem(page2, 'Field service').waitFor({ timeout: 5_000 });
    await page2.bringToFront();
    await openSpace(page2, 'Site visits');
    const quickAdd = page2.getByLabel(/^New card in /);
    await quickAdd.first().waitFor();

    await page.bringToFront();
    await role.selectOption({ label: 'Visitor' });
    await expect.poll(() => role.inputValue()).toBe('visitor');
    // The colleague's open board turns read-only at once, with no reload and no return to the window:
    // the server tells their connection the role changed.
    await expect.poll(() => quickAdd.count()).toBe(0);
    // Back home: an open space asks for its member directory, which the server refuses once they are out.
    await page2.getByRole('button', { name: 'Home' }).click();
    await homeOf(page2, colleague.name);

    await people.getByRole('button', { name: `Remove ${colleague.name}` }).click();
    await people.getByRole('button', { name: `Yes, remove ${colleague.name}` }).click();
    await people.getByText(colleague.name, { exact: true }).waitFor({ state: 'detached' });
    expect(await people.getByRole('listitem').count()).toBe(1);

    await comeBackTo(page2);
    await sidebar(page2).getByRole('treeitem', { name: 'Field service' }).waitFor({ state: 'detached' });
  });

  it('shows no id in place of a name while a first visit waits for the member directory', async () => {
    const { page } = app;
    const owner = newPerson('Grace Hopper');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await createWorkspace(page, 'Warranty desk');
    await createSpace(page, 'Warranty desk', 'Claims');
    await openSpace(page, 'Claims');
    await addCard(page, 'To do', 'Replace compressor');
    await card(page, 'Replace compressor').click();
    await cardPanel(page, 'Replace compressor').getByLabel('Responsible').selectOption({ label: owner.name });
    await card(page, 'Replace compressor').getByTitle(owner.name).waitFor();

    const page2 = await app.openAnotherBrowser();
    const colleague = newPerson('Annie Easley');
    await signUp(page2, colleague);
    await homeOf(page2, colleague.name);
    await addMember(page, app.url, 'Warranty desk', colleague.email);
    // A slow network: the directory comes 1.5 s after it is asked for, well after the board shows.
    await page2.route('**/api/workspaces/*/members', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    // Every name an avatar shows, from the page's first moment, however briefly.
    await page2.addInitScript(() => {
      const shown = new Set<string>();
      (window as unknown as { avatarNames: Set<string> }).avatarNames = shown;
      new MutationObserver(() => {
        for (const avatar of document.querySelectorAll('.avatar[title]'))
          shown.add(avatar.getAttribute('title')!);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page2.goto(page.url());
    const front = card(page2, 'Replace compressor');
    await front.getByTitle('Name loading').waitFor();
    await front.getByTitle(owner.name).waitFor({ timeout: 5_000 });
    const names = await page2.evaluate(() => [
      ...(window as unknown as { avatarNames: Set<string> }).avatarNames,
    ]);
    expect(names.filter((name) => name.startsWith('User '))).toEqual([]);
  });

  it('says so when nobody has signed up with the email, and changes nothing', async () => {
    const { page } = app;
    const owner = newPerson('Mary Jackson');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await createWorkspace(page, 'Returns');

    const people = await openPeople(page, 'Returns');
    await people.getByText(owner.name, { exact: true }).waitFor();
    const add = page.getByRole('form', { name: 'Add a person to Returns' });
    await add.getByLabel('Email of the person to add').fill('nobody.here@example.com');
    await add.getByRole('button', { name: 'Add to Returns' }).click();

    await add
      .getByRole('alert')
      .filter({ hasText: 'No account uses this email yet: ask them to sign up first.' })
      .waitFor();
    expect(await people.getByRole('listitem').count()).toBe(1);
    expect(await add.getByLabel('Email of the person to add').inputValue()).toBe('nobody.here@example.com');
  });
});
