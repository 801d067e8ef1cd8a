// A space's columns in Chromium against the real server: added, renamed and given another role, a card
// moved into the new column with the keyboard, an occupied column refused archiving, an empty one archived
// and restored in its place — with a colleague's board following live and the owner's after a reload.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  column,
  columnOrder,
  createSpace,
  createWorkspace,
  eventually,
  moveWithKeyboard,
  openSpace,
  titlesIn,
} from './support/board.ts';
import { addMember, homeOf, newPerson, signUp } from './support/flows.ts';

describe('columns in the browser', () => {
  const app = useApp();

  it('adds, edits, archives and restores a column; a colleague sees each change live', async () => {
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
    await page2.reload();
    await openSpace(page2, 'Returns desk');

    await openSpace(page, 'Returns desk');
    await addCard(page, 'To do', 'Return 881: kettle');
    const header = page.getByRole('button', { name: 'Columns', exact: true });
    await header.click();
    const dialog = page.getByRole('dialog', { name: 'Columns of Returns desk' });
    // Tab and Shift+Tab go round the dialog, never to the board behind it.
    for (const key of [...Array<string>(12).fill('Tab'), ...Array<string>(12).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      expect(await dialog.evaluate((box) => box.contains(document.activeElement)), key).toBe(true);
    }
    await dialog.getByLabel('Column name').focus();
    // The command palette opens over the dialog and takes the typing; closing it gives the dialog its focus back.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('combobox', { name: 'Command' });
    await page.keyboard.type('zzz');
    expect(await palette.inputValue()).toBe('zzz');
    expect(await dialog.getByLabel('Column name').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });
    expect(await dialog.getByLabel('Column name').evaluate((field) => field === document.activeElement)).toBe(
      true,
    );
    await dialog.getByLabel('Column name').fill('Awaiting parts');
    await dialog.getByLabel('Role').selectOption({ label: 'Information' });
    await dialog.getByRole('button', { name: 'Add column' }).click();
    await dialog.getByRole('button', { name: 'Edit Awaiting parts' }).waitFor();

    // Doing becomes "In repair", still in progress.
    await dialog.getByRole('button', { name: 'Edit Doing' }).click();
    const edit = dialog.getByRole('form', { name: 'Edit column Doing' });
    await edit.getByLabel('Name').fill('In repair');
    await edit.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('button', { name: 'Edit In repair' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await header.evaluate((button) => button === document.activeElement)).toBe(true);

    const expected = ['To do', 'In repair', 'Awaiting parts', 'Done'];
    expect(await columnOrder(page)).toEqual(expected);
    await eventually(
      () => columnOrder(page2),
      (order) => order.join() === expected.join(),
      3000,
    );
    expect(await column(page, 'Awaiting parts').getAttribute('aria-labelledby')).toBeTruthy();

    // The new column takes cards: two columns right with the keyboard.
    await moveWithKeyboard(page, 'Return 881: kettle', ['ArrowRight', 'ArrowRight']);
    expect(await titlesIn(page, 'Awaiting parts')).toEqual(['Return 881: kettle']);

    // Occupied: archiving is refused with what to do about it, and nothing changes.
    await header.click();
    await dialog.getByRole('button', { name: 'Archive Awaiting parts' }).click();
    await dialog
      .getByRole('alert')
      .getByText(
        'Could not archive the column: move the card in this column to another one, or archive it, first.',
      )
      .waitFor();
    await page.keyboard.press('Escape');
    await moveWithKeyboard(page, 'Return 881: kettle', ['ArrowRight']);
    expect(await titlesIn(page, 'Done')).toEqual(['Return 881: kettle']);

    // Empty now: archived, off both boards; restored, back in its place.
    await header.click();
    await dialog.getByRole('button', { name: 'Archive Awaiting parts' }).click();
    const restore = dialog
      .getByRole('list', { name: 'Archived columns' })
      .getByRole('button', { name: 'Restore Awaiting parts' });
    await restore.waitFor();
    await column(page, 'Awaiting parts').waitFor({ state: 'detached' });
    await column(page2, 'Awaiting parts').waitFor({ state: 'detached', timeout: 3000 });
    await restore.click();
    await column(page2, 'Awaiting parts').waitFor({ timeout: 3000 });
    // A press beside the dialog closes it too, and the focus goes back to the header's button.
    await page.mouse.click(2, 2);
    await dialog.waitFor({ state: 'detached' });
    expect(await header.evaluate((button) => button === document.activeElement)).toBe(true);

    await page.reload();
    await openSpace(page, 'Returns desk');
    expect(await columnOrder(page)).toEqual(expected);
    expect(await titlesIn(page, 'Done')).toEqual(['Return 881: kettle']);
  });
});
