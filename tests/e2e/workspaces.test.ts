// Creating workspaces and spaces from the home page in Chromium against the real server.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { addCard, card, cardPanel, createSpace, createWorkspace } from './support/board.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

describe('workspaces in the browser', () => {
  const app = useApp();

  it('creates a workspace and a space in it, and lists both', async () => {
    const { page } = app;
    const lead = newPerson('Margaret Hamilton');
    await signUp(page, lead);
    await homeOf(page, lead.name);

    await page.getByLabel('Workspace name').fill('Warranty claims EMEA');
    await page.getByRole('button', { name: 'Create workspace' }).click();

    const workspaces = page.getByRole('list', { name: 'Your workspaces' });
    const workspace = workspaces.getByRole('listitem', { name: 'Warranty claims EMEA' });
    await workspace.waitFor();
    expect(await workspace.getByText('Private').count()).toBe(1);
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();
    // Taken before a space exists: a space id is random, and the picture should only change with the app.
    await saveScreenshot(page, 'home');

    await workspace.getByLabel('Space name').fill('Intake');
    await workspace.getByRole('button', { name: 'Create space in Warranty claims EMEA' }).click();

    // The home lists the workspace's spaces by name, as links to their boards.
    const spaces = workspace.getByRole('list', { name: 'Spaces in Warranty claims EMEA' });
    const link = spaces.getByRole('link', { name: 'Intake', exact: true });
    await link.waitFor();
    expect(await spaces.getByRole('listitem').count()).toBe(1);
    expect(await link.getAttribute('href')).toMatch(/^\/space\/[A-Za-z0-9_-]{1,64}$/);
    expect(await spaces.textContent()).toBe('Intake');

    // The workspace is the server's, not the page's: it is still listed after a reload.
    await page.reload();
    await homeOf(page, lead.name);
    await page.getByRole('listitem', { name: 'Warranty claims EMEA' }).waitFor();
  });

  it('creates an org-wide workspace that shows its type', async () => {
    const { page } = app;
    const agent = newPerson('Katherine Johnson');
    await signUp(page, agent);
    await homeOf(page, agent.name);

    await page.getByLabel('Workspace name').fill('Field service');
    await page.getByRole('radio', { name: 'Org-wide' }).check();
    await page.getByRole('button', { name: 'Create workspace' }).click();

    const workspace = page.getByRole('listitem', { name: 'Field service' });
    await workspace.waitFor();
    expect(await workspace.getByText('Org-wide').count()).toBe(1);
  });

  it("shows the server's refusal inside the form and creates nothing", async () => {
    const { page } = app;
    const agent = newPerson('Dorothy Vaughan');
    await signUp(page, agent);
    await homeOf(page, agent.name);

    // Org-wide workspaces of other tests are listed too, so count rather than expect none.
    const workspaceHeadings = page.getByRole('list', { name: 'Your workspaces' }).getByRole('heading');
    const before = await workspaceHeadings.count();

    // Blanks only: the browser accepts the field as filled in, the server finds the name empty.
    await page.getByLabel('Workspace name').fill('   ');
    await page.getByRole('button', { name: 'Create workspace' }).click();

    const form = page.getByRole('form', { name: 'New workspace' });
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toMatch(/empty/i);
    expect(await workspaceHeadings.count()).toBe(before);
  });

  it('lets another person join a public workspace and add a space to it', async () => {
    const { page } = app;
    const owner = newPerson('Mary Jackson');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await page.getByLabel('Workspace name').fill('Complaints desk');
    await page.getByRole('radio', { name: 'Public' }).check();
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('listitem', { name: 'Complaints desk' }).waitFor();

    // A second person in a browser of their own, with their own session cookie.
    const page2 = await app.openAnotherBrowser();
    const colleague = newPerson('Annie Easley');
    await signUp(page2, colleague);
    await homeOf(page2, colleague.name);

    const workspace = page2.getByRole('listitem', { name: 'Complaints desk' });
    await workspace.getByText('You are a visitor').waitFor();
    expect(await workspace.getByLabel('Space name').count()).toBe(0);

    await workspace.getByRole('button', { name: 'Join Complaints desk' }).click();
    await workspace.getByText('You are a member').waitFor();
    await workspace.getByLabel('Space name').fill('Escalations');
    await workspace.getByRole('button', { name: 'Create space in Complaints desk' }).click();
    await workspace
      .getByRole('list', { name: 'Spaces in Complaints desk' })
      .getByText('Escalations')
      .waitFor();

    // Membership is the server's: after a reload the colleague is still a member.
    await page2.reload();
    await page2.getByRole('listitem', { name: 'Complaints desk' }).getByText('You are a member').waitFor();
  });

  it('on a narrow window gives the board the width and opens the navigation from the header', async () => {
    const { page } = app;
    const agent = newPerson('Mary Jackson');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Field repairs');
    await createSpace(page, 'Field repairs', 'Visits');

    await page.setViewportSize({ width: 800, height: 700 });
    const toggle = page.getByRole('button', { name: 'Navigation' });
    const tree = page.getByRole('tree', { name: 'Workspaces' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await tree.isVisible()).toBe(false);

    await toggle.click();
    await tree.getByRole('treeitem', { name: 'Visits', exact: true }).click();
    // Choosing a space closes the panel over the board.
    await page.getByRole('heading', { level: 1, name: 'Visits', exact: true }).waitFor();
    await tree.waitFor({ state: 'hidden' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const board = await page.getByRole('list', { name: 'To do', exact: true }).boundingBox();
    expect(board!.x).toBeLessThan(100);

    // Escape closes it as well, and a wide window shows the sidebar with no button at all.
    await toggle.click();
    await tree.waitFor();
    await tree.getByRole('treeitem', { name: 'Visits', exact: true }).focus();
    await page.keyboard.press('Escape');
    await tree.waitFor({ state: 'hidden' });
    // From its button too; and a place chosen with the keyboard takes the focus to the page's heading.
    await toggle.press('Enter');
    await tree.waitFor();
    await toggle.press('Escape');
    await tree.waitFor({ state: 'hidden' });
    await toggle.press('Enter');
    // Opening it takes the focus into it, ahead of the header's other controls.
    const home = page.getByRole('navigation', { name: 'Navigation' }).getByRole('button', { name: 'Home' });
    await page.waitForFunction(() => document.activeElement?.closest('nav') !== null);
    expect(await home.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await tree.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await toggle.press('Enter');
    // The panel takes the focus into itself as it opens: pressing on a space before that lands on Home.
    await page.waitForFunction(() => document.activeElement?.closest('nav') !== null);
    await tree.getByRole('treeitem', { name: 'Visits', exact: true }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Visits', exact: true }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Visits');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // On a phone the page stays as wide as the screen, and a card's panel covers the board, whole.
    await page.setViewportSize({ width: 390, height: 800 });
    await addCard(page, 'To do', 'Boiler at Meyer, Gartenweg 4');
    await card(page, 'Boiler at Meyer, Gartenweg 4').click();
    const panel = cardPanel(page, 'Boiler at Meyer, Gartenweg 4');
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'detached' });
    // The header keeps its controls on the screen.
    for (const control of [/^Search and commands/, /^Notifications/, 'Sign out', 'Navigation']) {
      const { x, width } = (await page.getByRole('button', { name: control }).boundingBox())!;
      expect(x + width).toBeLessThanOrEqual(390);
    }
    // The header scrolls sideways in itself; the notification centre opened from it is not cut off by it.
    await page.getByRole('button', { name: /^Notifications/ }).click();
    const centre = page.getByRole('dialog', { name: 'Notifications' });
    const shown = (await centre.boundingBox())!;
    expect(
      await centre.evaluate(
        (element, [x, y]) => element.contains(document.elementFromPoint(x!, y!)),
        [shown.x + shown.width / 2, shown.y + shown.height / 2],
      ),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await centre.waitFor({ state: 'detached' });

    await page.setViewportSize({ width: 1280, height: 800 });
    await tree.waitFor();
    expect(await toggle.isVisible()).toBe(false);
  });
});
