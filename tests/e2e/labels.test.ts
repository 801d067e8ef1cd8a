// A space's labels in Chromium against the real server: created from the card panel in a space that starts
// with none, ticked on a card, renamed live for a colleague in another browser, and archived.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { addCard, card, cardPanel, createSpace, createWorkspace, openSpace } from './support/board.ts';
import { addMember, homeOf, newPerson, signUp } from './support/flows.ts';

describe('labels in the browser', () => {
  const app = useApp();

  it('creates a label from a card, ticks it, and a colleague sees its rename and archiving live', async () => {
    const { page } = app;
    const owner = newPerson('Ines Owner');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await createWorkspace(page, 'Returns');
    await createSpace(page, 'Returns', 'Returns desk', 'Basic board');

    const page2 = await app.openAnotherBrowser();
    const colleague = newPerson('Theo Colleague');
    await signUp(page2, colleague);
    await homeOf(page2, colleague.name);
    await addMember(page, app.url, 'Returns', colleague.email);

    await openSpace(page, 'Returns desk');
    await addCard(page, 'To do', 'Return 881: kettle');
    await card(page, 'Return 881: kettle').click();
    const panel = cardPanel(page, 'Return 881: kettle');
    await panel.getByText('This space has no labels.').waitFor();

    // Made from the card, without leaving it.
    const manage = panel.getByRole('button', { name: 'Manage labels' });
    await manage.click();
    const dialog = page.getByRole('dialog', { name: 'Labels of Returns desk' });
    await dialog.getByLabel('Label name').fill('Express');
    await dialog.getByRole('radiogroup', { name: 'Colour' }).getByRole('radio', { name: 'Blue' }).check();
    await dialog.getByRole('button', { name: 'Create label' }).click();
    await dialog
      .getByRole('list', { name: 'Labels' })
      .getByRole('button', { name: 'Edit Express' })
      .waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await manage.evaluate((button) => button === document.activeElement)).toBe(true);

    await panel.getByRole('checkbox', { name: 'Express' }).check();
    const front = (p: typeof page) => card(p, 'Return 881: kettle').getByRole('list', { name: 'Labels' });
    await front(page).getByText('Express', { exact: true }).waitFor();

    await page2.reload();
    await openSpace(page2, 'Returns desk');
    await front(page2).getByText('Express', { exact: true }).waitFor();

    // Renamed from the space header: the colleague's board follows.
    const header = page.getByRole('button', { name: 'Labels', exact: true });
    await header.click();
    await dialog.getByRole('button', { name: 'Edit Express' }).click();
    const edit = dialog.getByRole('form', { name: 'Edit label Express' });
    await edit.getByLabel('Name').fill('Express delivery');
    await edit.getByRole('radio', { name: 'Red' }).check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await front(page2).getByText('Express delivery', { exact: true }).waitFor({ timeout: 3000 });
    await front(page).getByText('Express delivery', { exact: true }).waitFor();

    // Archived: gone from both boards and from the panel's choices.
    await dialog.getByRole('button', { name: 'Archive Express delivery' }).click();
    await dialog
      .getByRole('list', { name: 'Archived labels' })
      .getByRole('button', { name: 'Restore Express delivery' })
      .waitFor();
    await front(page2).waitFor({ state: 'detached', timeout: 3000 });
    await front(page).waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await header.evaluate((button) => button === document.activeElement)).toBe(true);
    await panel.getByText('This space has no labels.').waitFor();
    expect(await panel.getByRole('checkbox', { name: 'Express delivery' }).count()).toBe(0);
  });
});
