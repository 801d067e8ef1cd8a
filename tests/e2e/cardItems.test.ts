// A card's to-dos, comments and blocker in Chromium against the real server: one person fills them in the
// card panel, the card front sums them up, and a colleague in another browser sees them live.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { addCard, card, cardPanel, createSpace, createWorkspace, openSpace } from './support/board.ts';
import { addMember, homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

describe('card to-dos, comments and blocker in the browser', () => {
  const app = useApp();

  it('adds to-dos and a comment in the panel; both browsers show progress and count on the card', async () => {
    const { page } = app;
    const owner = newPerson('Ines Owner');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await createWorkspace(page, 'Field service');
    await createSpace(page, 'Field service', 'Maintenance visits');

    const page2 = await app.openAnotherBrowser();
    const colleague = newPerson('Tom Colleague');
    await signUp(page2, colleague);
    await homeOf(page2, colleague.name);
    await addMember(page, app.url, 'Field service', colleague.email);

    await openSpace(page, 'Maintenance visits');
    await page2.reload();
    await openSpace(page2, 'Maintenance visits');
    await addCard(page, 'To do', 'Boiler service, Main St 5');
    await card(page2, 'Boiler service, Main St 5').waitFor();

    await card(page, 'Boiler service, Main St 5').click();
    const panel = cardPanel(page, 'Boiler service, Main St 5');
    await panel.waitFor();
    const newTodo = panel.getByRole('textbox', { name: 'New to-do' });
    for (const text of ['Check pressure', 'Replace filter', 'Sign report']) {
      await newTodo.fill(text);
      await newTodo.press('Enter');
      await panel.getByRole('checkbox', { name: text }).waitFor();
    }
    await panel.getByRole('checkbox', { name: 'Check pressure' }).check();
    await panel.getByText('1 of 3 done').waitFor();

    const newComment = panel.getByRole('textbox', { name: 'New comment' });
    await newComment.fill('Customer asks for a morning slot.');
    await newComment.press('Enter');
    const thread = panel.getByRole('list', { name: 'Comments' });
    await thread
      .getByRole('listitem', { name: `Comment by ${owner.name}` })
      .getByText('Customer asks for a morning slot.')
      .waitFor();

    await panel.getByRole('textbox', { name: 'Blocker' }).fill('Waiting for spare filter');
    await panel.getByRole('button', { name: 'Mark blocked' }).click();

    // The front of the card sums it up, here and in the colleague's browser, live.
    for (const p of [page, page2]) {
      const front = card(p, 'Boiler service, Main St 5');
      await front.getByRole('img', { name: '1 of 3 to-dos done' }).waitFor({ timeout: 5000 });
      await front.getByRole('img', { name: '1 comment' }).waitFor({ timeout: 5000 });
      await front.getByRole('img', { name: 'Blocked: Waiting for spare filter' }).waitFor({ timeout: 5000 });
    }

    // The colleague opens the card and sees the same list and thread, and checks a to-do the owner sees.
    await card(page2, 'Boiler service, Main St 5').click();
    const panel2 = cardPanel(page2, 'Boiler service, Main St 5');
    await panel2
      .getByRole('list', { name: 'Comments' })
      .getByText('Customer asks for a morning slot.')
      .waitFor();
    expect(await panel2.getByRole('checkbox', { name: 'Check pressure' }).isChecked()).toBe(true);
    await panel2.getByRole('checkbox', { name: 'Replace filter' }).check();
    await card(page, 'Boiler service, Main St 5').getByRole('img', { name: '2 of 3 to-dos done' }).waitFor();
    await panel.getByText('2 of 3 done').waitFor();
    await panel.getByRole('button', { name: 'Comment', exact: true }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'card-todos-comments');
  });

  it('keeps what is typed in the panel when the page is reloaded or closed, or the panel closed, first', async () => {
    const { page, context } = app;
    const owner = newPerson('Nora Notes');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await createWorkspace(page, 'Depot');
    await createSpace(page, 'Depot', 'Repairs');
    await openSpace(page, 'Repairs');
    await addCard(page, 'To do', 'Pump RMA 301');
    await card(page, 'Pump RMA 301').click();
    const panel = cardPanel(page, 'Pump RMA 301');
    // Typed with the keyboard, and the page reloaded while the field still has the focus.
    await panel.getByRole('textbox', { name: 'Notes' }).click();
    await page.keyboard.type('Seal worn; customer wants a loan pump.');
    await page.reload();
    const notes = cardPanel(page, 'Pump RMA 301').getByRole('textbox', { name: 'Notes' });
    await expect.poll(() => notes.inputValue()).toBe('Seal worn; customer wants a loan pump.');

    // The tab closed while typing the title.
    const title = cardPanel(page, 'Pump RMA 301').getByRole('textbox', { name: 'Title' });
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (loan pump)');
    const url = page.url();
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(url);
    const renamed = cardPanel(again, 'Pump RMA 301 (loan pump)');
    await expect
      .poll(() => renamed.getByRole('textbox', { name: 'Title' }).inputValue())
      .toBe('Pump RMA 301 (loan pump)');

    // A due date typed digit by digit, and the panel closed with Escape from the field.
    const due = renamed.getByLabel('Due date');
    await due.click();
    await again.keyboard.type('12152031');
    await again.keyboard.press('Escape');
    await renamed.waitFor({ state: 'detached' });
    await card(again, 'Pump RMA 301 (loan pump)').click();
    await expect.poll(() => due.inputValue()).toBe('2031-12-15');
  });
});
