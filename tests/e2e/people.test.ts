// People and structure in the app shell, in Chromium against the real server: the first-run demo offer,
// the sidebar's actions menu, who else is here in the header, and teammates' names on cards.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  card,
  cardPanel,
  createFolder,
  createSpace,
  createWorkspace,
  openSpace,
  sidebar,
} from './support/board.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';

/** The names of a workspace's folders and spaces in the sidebar, top to bottom (accessible names). */
async function treeNames(page: Page, workspace: string): Promise<string[]> {
  const items = await sidebar(page).getByRole('treeitem', { name: workspace }).getByRole('treeitem').all();
  return Promise.all(
    items.map((item) =>
      item.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
      ),
    ),
  );
}

async function eventuallyNames(page: Page, workspace: string, expected: string[]): Promise<void> {
  await expect.poll(() => treeNames(page, workspace)).toEqual(expected);
}

async function isFocused(page: Page, name: string): Promise<boolean> {
  return sidebar(page)
    .getByRole('treeitem', { name, exact: true })
    .evaluate((el) => el === document.activeElement);
}

describe('people and structure in the app shell', () => {
  const app = useApp();

  // First in the file: this server's data folder is empty, so this sign-up is the instance's first.
  it('offers the first account the demo workspace, whose spaces and team then show', async () => {
    const { page } = app;
    const owner = newPerson('Grace Hopper');
    await signUp(page, owner);
    await homeOf(page, owner.name);

    const offer = page.getByRole('region', { name: 'Start with a demo workspace?' });
    await offer.getByRole('button', { name: 'Create the demo workspace' }).click();

    const demo = sidebar(page).getByRole('treeitem', { name: 'Aftersales Service' });
    for (const space of ['Repairs & RMA', 'Warranty claims', 'Complaints', 'Maintenance visits']) {
      await demo.getByRole('treeitem', { name: space, exact: true }).waitFor();
    }
    await offer.waitFor({ state: 'detached' });
    await page
      .getByRole('list', { name: 'Spaces in Aftersales Service' })
      .getByRole('link', { name: 'Warranty claims' })
      .waitFor();
    // The offer went with its button: the focus is on the demo's first space, not on the page.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.closest('[aria-label="Spaces in Aftersales Service"]') !== null &&
            document.activeElement?.tagName === 'A',
        ),
      )
      .toBe(true);

    // The seeded cases are assigned to the demo team: card fronts name them, not "User 5nE7".
    await openSpace(page, 'Warranty claims');
    const team = /^(Maria Schmidt|Jonas Weber|Priya Nair|Tomás García|Lena Fischer|Sam Okafor)$/;
    await page.getByRole('list').getByTitle(team).first().waitFor();
    expect(await page.getByTitle(/^User [A-Za-z0-9_-]{4}$/).count()).toBe(0);
  });

  it('renames, reorders and archives spaces, folders and workspaces from the sidebar', async () => {
    const { page } = app;
    const lead = newPerson('Edsger Dijkstra');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    // Not the instance's first account: no demo offer.
    expect(await page.getByRole('region', { name: 'Start with a demo workspace?' }).count()).toBe(0);

    await createWorkspace(page, 'Returns desk');
    await createFolder(page, 'Returns desk', 'North');
    await createFolder(page, 'Returns desk', 'South');
    for (const space of ['Intake', 'Repairs', 'Refunds']) await createSpace(page, 'Returns desk', space);
    await eventuallyNames(page, 'Returns desk', ['North', 'South', 'Intake', 'Repairs', 'Refunds']);

    // Keyboard: Shift+F10 on a tree item opens its actions; arrows and Enter choose.
    await sidebar(page).getByRole('treeitem', { name: 'Intake', exact: true }).focus();
    await page.keyboard.press('Shift+F10');
    const intakeMenu = page.getByRole('menu', { name: 'Actions for Intake' });
    await intakeMenu.waitFor();
    expect(await intakeMenu.getByRole('menuitem').allTextContents()).toEqual([
      'Rename',
      'Move down',
      'Move to North',
      'Move to South',
      'Archive',
    ]);
    await page.keyboard.press('Enter');
    const rename = sidebar(page).getByRole('form', { name: 'Rename Intake' });
    await rename.getByLabel('Name').fill('Intake desk');
    await page.keyboard.press('Enter');
    await eventuallyNames(page, 'Returns desk', ['North', 'South', 'Intake desk', 'Repairs', 'Refunds']);
    await expect.poll(() => isFocused(page, 'Intake desk')).toBe(true);

    await sidebar(page).getByRole('treeitem', { name: 'Refunds', exact: true }).focus();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu', { name: 'Actions for Refunds' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await eventuallyNames(page, 'Returns desk', ['North', 'South', 'Intake desk', 'Refunds', 'Repairs']);
    // Focus stays on the moved item, so it can be moved again at once.
    await expect.poll(() => isFocused(page, 'Refunds')).toBe(true);

    // Mouse: the actions button of a folder.
    await sidebar(page).getByRole('button', { name: 'Actions for South' }).click();
    await page
      .getByRole('menu', { name: 'Actions for South' })
      .getByRole('menuitem', { name: 'Move up' })
      .click();
    await eventuallyNames(page, 'Returns desk', ['South', 'North', 'Intake desk', 'Refunds', 'Repairs']);

    // An archive from a menu is undone at once from the notice under the tree.
    const navigation = page.getByRole('navigation', { name: 'Navigation' });
    const archiveRepairs = async () => {
      await sidebar(page).getByRole('button', { name: 'Actions for Repairs' }).click();
      await page
        .getByRole('menu', { name: 'Actions for Repairs' })
        .getByRole('menuitem', { name: 'Archive' })
        .click();
      await navigation.getByText('Archived the space “Repairs”.').waitFor();
    };
    await archiveRepairs();
    await eventuallyNames(page, 'Returns desk', ['South', 'North', 'Intake desk', 'Refunds']);
    await navigation.getByRole('button', { name: 'Undo' }).click();
    await navigation.getByText('Restored the space “Repairs”.').waitFor();
    await eventuallyNames(page, 'Returns desk', ['South', 'North', 'Intake desk', 'Refunds', 'Repairs']);
    await archiveRepairs();
    await sidebar(page).getByRole('button', { name: 'Actions for North' }).click();
    await page
      .getByRole('menu', { name: 'Actions for North' })
      .getByRole('menuitem', { name: 'Archive' })
      .click();
    await eventuallyNames(page, 'Returns desk', ['South', 'Intake desk', 'Refunds']);

    // Archived items come back into view to be restored.
    await page.getByLabel('Show archived').check();
    await eventuallyNames(page, 'Returns desk', ['South', 'North', 'Intake desk', 'Refunds', 'Repairs']);
    await sidebar(page).getByRole('button', { name: 'Actions for North' }).click();
    await page
      .getByRole('menu', { name: 'Actions for North' })
      .getByRole('menuitem', { name: 'Restore' })
      .click();
    await page.getByLabel('Show archived').uncheck();
    await eventuallyNames(page, 'Returns desk', ['South', 'North', 'Intake desk', 'Refunds']);

    // A space goes into a folder (at its end) and out again; the focus follows it.
    await sidebar(page).getByRole('button', { name: 'Actions for Refunds' }).click();
    await page
      .getByRole('menu', { name: 'Actions for Refunds' })
      .getByRole('menuitem', { name: 'Move to North' })
      .click();
    await eventuallyNames(page, 'Returns desk', ['South', 'North', 'Refunds', 'Intake desk']);
    await expect.poll(() => isFocused(page, 'Refunds')).toBe(true);
    await page.keyboard.press('Shift+F10');
    await page
      .getByRole('menu', { name: 'Actions for Refunds' })
      .getByRole('menuitem', { name: 'Move out of the folder' })
      .click();
    await eventuallyNames(page, 'Returns desk', ['South', 'North', 'Intake desk', 'Refunds']);

    // The structure is the workspace document's: a reload shows the same tree.
    await page.reload();
    await homeOf(page, lead.name);
    await eventuallyNames(page, 'Returns desk', ['South', 'North', 'Intake desk', 'Refunds']);

    // A space inside an archived folder is put away with it: its page says so and takes no edits, and the
    // owner restores the folder from there.
    await sidebar(page).getByRole('button', { name: 'Actions for Intake desk' }).click();
    await page
      .getByRole('menu', { name: 'Actions for Intake desk' })
      .getByRole('menuitem', { name: 'Move to North' })
      .click();
    await sidebar(page).getByRole('treeitem', { name: 'Intake desk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Intake desk' }).waitFor();
    await page.getByLabel('New card in To do').waitFor();
    await sidebar(page).getByRole('button', { name: 'Actions for North' }).click();
    await page
      .getByRole('menu', { name: 'Actions for North' })
      .getByRole('menuitem', { name: 'Archive' })
      .click();
    await page.getByRole('status').getByText('This space is archived').waitFor();
    expect(await page.getByLabel('New card in To do').count()).toBe(0);
    await page.getByRole('button', { name: 'Restore folder North' }).click();
    await page.getByLabel('New card in To do').waitFor();
    await eventuallyNames(page, 'Returns desk', ['South', 'North', 'Intake desk', 'Refunds']);
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await homeOf(page, lead.name);

    // The workspace's owner renames and archives the workspace itself from its own menu.
    await sidebar(page).getByRole('button', { name: 'Actions for Returns desk' }).click();
    await page
      .getByRole('menu', { name: 'Actions for Returns desk' })
      .getByRole('menuitem', { name: 'Rename' })
      .click();
    const renameWorkspace = sidebar(page).getByRole('form', { name: 'Rename Returns desk' });
    await renameWorkspace.getByLabel('Name').fill(' ');
    await page.keyboard.press('Enter');
    // The server's refusal shows in the form, which stays open; nothing is renamed.
    await renameWorkspace.getByRole('alert').waitFor();
    await renameWorkspace.getByLabel('Name').fill('Returns & RMA');
    await page.keyboard.press('Enter');
    await eventuallyNames(page, 'Returns & RMA', ['South', 'North', 'Intake desk', 'Refunds']);

    await sidebar(page).getByRole('button', { name: 'Actions for Returns & RMA' }).click();
    await page
      .getByRole('menu', { name: 'Actions for Returns & RMA' })
      .getByRole('menuitem', { name: 'Archive' })
      .click();
    const workspaceItem = sidebar(page).getByRole('treeitem', { name: 'Returns & RMA', exact: true });
    await workspaceItem.waitFor({ state: 'detached' });
    await page.getByLabel('Show archived').check();
    await workspaceItem.getByText('Archived', { exact: true }).first().waitFor();
    await sidebar(page).getByRole('button', { name: 'Actions for Returns & RMA' }).click();
    await page
      .getByRole('menu', { name: 'Actions for Returns & RMA' })
      .getByRole('menuitem', { name: 'Restore' })
      .click();
    await page.getByLabel('Show archived').uncheck();
    await workspaceItem.waitFor();
    await page.reload();
    await homeOf(page, lead.name);
    await eventuallyNames(page, 'Returns & RMA', ['South', 'North', 'Intake desk', 'Refunds']);
  });

  it('names a teammate on a card and shows them in the header while they are on the space', async () => {
    const { page } = app;
    const page2 = await app.openAnotherBrowser();
    const colleague = newPerson('Barbara Liskov');
    await signUp(page2, colleague);
    await homeOf(page2, colleague.name);

    const owner = newPerson('Frances Allen');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await page.getByLabel('Workspace name').fill('Service team');
    await page.getByRole('radio', { name: 'Org-wide' }).check();
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page
      .getByRole('list', { name: 'Your workspaces' })
      .getByRole('listitem', { name: 'Service team' })
      .waitFor();
    await createSpace(page, 'Service team', 'Callbacks');
    await openSpace(page, 'Callbacks');
    await addCard(page, 'To do', 'Call back Mrs. Otieno');

    // The colleague has never opened the space: the member directory is what knows their name.
    await card(page, 'Call back Mrs. Otieno').click();
    await cardPanel(page, 'Call back Mrs. Otieno')
      .getByLabel('Responsible')
      .selectOption({ label: colleague.name });
    await card(page, 'Call back Mrs. Otieno').getByTitle(colleague.name).waitFor();

    const alsoHere = page.getByRole('banner').getByRole('list', { name: 'Also here' });
    expect(await alsoHere.count()).toBe(0);
    await page2.reload();
    await homeOf(page2, colleague.name);
    await openSpace(page2, 'Callbacks');
    await alsoHere.getByTitle(colleague.name).waitFor();
    await page2.getByRole('banner').getByRole('list', { name: 'Also here' }).getByTitle(owner.name).waitFor();
    // The colleague's board names the owner's assignment too.
    await card(page2, 'Call back Mrs. Otieno').getByTitle(colleague.name).waitFor();

    await page2.getByRole('button', { name: 'Home' }).click();
    await alsoHere.waitFor({ state: 'detached' });
  });
});
