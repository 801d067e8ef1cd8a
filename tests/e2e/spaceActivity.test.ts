// The activity streams live, in Chromium against the real server: one person works, another reads the
// Activity page and sees the new entry arrive without a reload; a person's stream is an address of its
// own; a space's Activity panel shows that space only, and stays live too.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  createSpace,
  createWorkspace,
  eventually,
  moveWithKeyboard,
  openSpace,
} from './support/board.ts';
import { addMember, homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

/** Long enough for a few refreshes of a stream on screen (every 4 s) on a busy machine. */
const LIVE_MS = 15_000;

describe('live activity streams in the browser', () => {
  const app = useApp();

  it('shows another person’s work as it happens, a person’s own stream, and a space’s stream', async () => {
    const { page } = app;
    const lead = newPerson('Ada Lead');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    await createWorkspace(page, 'Repairs');
    await createSpace(page, 'Repairs', 'RMA intake');
    await createSpace(page, 'Repairs', 'Field visits');

    const reader = await app.openAnotherBrowser();
    const agent = newPerson('Grace Agent');
    await signUp(reader, agent);
    await homeOf(reader, agent.name);
    await addMember(page, app.url, 'Repairs', agent.email);

    // Something has happened in the other space before the reader looks.
    await openSpace(page, 'Field visits');
    await addCard(page, 'To do', 'Boiler check');
    await eventually(
      async () =>
        ((await (await page.request.get(`${app.url}/api/activity`)).json()) as { events: [] }).events,
      (events) => events.length >= 1,
    );

    // The agent opens Activity; a mark on the window tells whether the page is ever reloaded.
    await reader.reload();
    await reader
      .getByRole('navigation', { name: 'Navigation' })
      .getByRole('button', { name: 'Activity' })
      .click();
    const stream = reader.getByRole('list', { name: 'Activity' });
    const sentences = (list = stream) =>
      list
        .getByRole('listitem')
        .evaluateAll((items) => items.map((item) => item.querySelector('p')!.textContent));
    expect(await eventually(sentences, (seen) => seen.length === 1)).toEqual([
      'Ada Lead created “Boiler check” in To do',
    ]);
    await reader.evaluate(() => Object.assign(window, { notReloaded: true }));

    // The lead works in the other space; the entry appears at the top of the agent's page by itself.
    await openSpace(page, 'RMA intake');
    await addCard(page, 'To do', 'Pump seal');
    const live = await eventually(sentences, (seen) => seen.length === 2, LIVE_MS);
    expect(live).toEqual([
      'Ada Lead created “Pump seal” in To do',
      'Ada Lead created “Boiler check” in To do',
    ]);
    expect(await reader.evaluate(() => 'notReloaded' in window)).toBe(true);

    // The lead's name leads to the lead's own stream, an address that survives a reload.
    await stream.getByRole('link', { name: 'Ada Lead' }).first().click();
    await eventually(
      async () => new URL(reader.url()).searchParams.get('person'),
      (id) => id !== null,
    );
    await reader.reload();
    const chosen = async () =>
      reader.getByLabel('Person').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text);
    expect(await eventually(chosen, (name) => name === 'Ada Lead')).toBe('Ada Lead');
    expect(await eventually(sentences, (seen) => seen.length === 2)).toHaveLength(2);
    // The agent's own stream is empty: she has done nothing yet.
    await reader.getByRole('button', { name: 'My activity' }).click();
    await reader.getByRole('heading', { level: 1, name: 'My activity' }).waitFor();
    await reader.getByText('Nothing matches these filters. Widen them to see more.').waitFor();

    // On the space, its Activity panel shows that space only, and follows new work live.
    await openSpace(reader, 'RMA intake');
    await reader.getByRole('button', { name: 'Activity', exact: true }).last().click();
    const panel = reader.getByRole('dialog', { name: 'Space activity' });
    const spaceStream = panel.getByRole('list', { name: 'Space activity' });
    expect(
      await eventually(
        () => sentences(spaceStream),
        (seen) => seen.length === 1,
      ),
    ).toEqual(['Ada Lead created “Pump seal” in To do']);
    await moveWithKeyboard(page, 'Pump seal', ['ArrowRight']);
    expect(
      await eventually(
        () => sentences(spaceStream),
        (seen) => seen.length === 2,
        LIVE_MS,
      ),
    ).toEqual(['Ada Lead moved “Pump seal” from To do to Doing', 'Ada Lead created “Pump seal” in To do']);
    await saveScreenshot(reader, 'space-activity');

    // Escape closes it and gives focus back to the button that opened it.
    await reader.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe('Activity');
  });
});
