// The lead's activity stream in Chromium against the real server: two people work on a space, the lead
// reads what happened as sentences, narrows the stream to one person, and opens a card from it.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  card,
  cardPanel,
  createSpace,
  createWorkspace,
  eventually,
  moveWithKeyboard,
  openSpace,
} from './support/board.ts';
import { addMember, homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

describe('the activity stream in the browser', () => {
  const app = useApp();

  it('shows what two people did as sentences, filters to one person, and opens a card', async () => {
    const { page } = app;
    const lead = newPerson('Ada Lead');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    await createWorkspace(page, 'Repairs');
    await createSpace(page, 'Repairs', 'RMA intake');

    const page2 = await app.openAnotherBrowser();
    const agent = newPerson('Grace Agent');
    await signUp(page2, agent);
    await homeOf(page2, agent.name);
    await addMember(page, app.url, 'Repairs', agent.email);

    // The lead creates and moves a card; the agent creates one and comments on it.
    await openSpace(page, 'RMA intake');
    await addCard(page, 'To do', 'Pump seal');
    await moveWithKeyboard(page, 'Pump seal', ['ArrowRight']);
    await page2.reload();
    await openSpace(page2, 'RMA intake');
    await addCard(page2, 'To do', 'Door hinge');
    await card(page2, 'Door hinge').click();
    const panel2 = cardPanel(page2, 'Door hinge');
    const comment = panel2.getByRole('textbox', { name: 'New comment' });
    await comment.fill('Hinge arrives Tuesday.');
    await comment.press('Enter');
    await panel2.getByRole('list', { name: 'Comments' }).getByText('Hinge arrives Tuesday.').waitFor();

    // The server records events as the updates arrive: wait until it has all four before looking.
    await eventually(
      async () =>
        ((await (await page.request.get(`${app.url}/api/activity`)).json()) as { events: [] }).events,
      (events) => events.length >= 4,
    );

    // The lead opens Activity from the sidebar and reads both people's work, newest first.
    await page
      .getByRole('navigation', { name: 'Navigation' })
      .getByRole('button', { name: 'Activity' })
      .click();
    const stream = page.getByRole('list', { name: 'Activity' });
    const sentences = () =>
      stream
        .getByRole('listitem')
        .evaluateAll((items) => items.map((item) => item.querySelector('p')!.textContent));
    const all = await eventually(sentences, (seen) => seen.length >= 4);
    expect(all).toEqual([
      'Grace Agent commented on “Door hinge”',
      'Grace Agent created “Door hinge” in To do',
      'Ada Lead moved “Pump seal” from To do to Doing',
      'Ada Lead created “Pump seal” in To do',
    ]);
    await saveScreenshot(page, 'activity');

    // Narrowed to the agent, only hers remain.
    await page.getByLabel('Person').selectOption({ label: 'Grace Agent' });
    const hers = await eventually(sentences, (seen) => seen.length === 2);
    expect(hers).toEqual([
      'Grace Agent commented on “Door hinge”',
      'Grace Agent created “Door hinge” in To do',
    ]);

    // A card named in the stream opens its panel.
    await stream.getByRole('link', { name: '“Door hinge”' }).first().click();
    await cardPanel(page, 'Door hinge').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/space\/[A-Za-z0-9_-]+\/card\/[A-Za-z0-9_-]+$/);
  });
});
