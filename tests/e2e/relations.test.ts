// Card relations in Chromium against the real server: two dated cards are linked as previous and next in
// the card panel, which lists the link both ways and warns when their dates conflict; the Timeline draws
// the link as a connector between their bars (an image named by what it shows); removing the link in the
// panel takes the connector away.
import type { Page } from 'playwright-core';
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
import { homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

/** `YYYY-MM-DD` of today + `offset` days, in local time (the browser runs in the same zone as the test). */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Gives the open panel of `title` its dates and waits until the due date is in its history. */
async function setDates(page: Page, title: string, start: string, due: string): Promise<void> {
  const panel = cardPanel(page, title);
  await panel.getByLabel('Start date').fill(start);
  await panel.getByLabel('Due date').fill(due);
  await panel.getByLabel('Due date').press('Enter');
  await panel.getByRole('list', { name: 'History' }).getByText(`set the due date to`).first().waitFor();
}

const REMOVE = 'Remove old pump';
const FIT = 'Fit new pump';

describe('card relations in the browser', () => {
  const app = useApp();

  it('links two cards in the panel, draws the link on the Timeline, and removes it', async () => {
    const { page } = app;
    const lead = newPerson('Rel Ation');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    await createWorkspace(page, 'Service RL');
    await createSpace(page, 'Service RL', 'Pump repairs');
    await sidebar(page).getByRole('treeitem', { name: 'Pump repairs' }).waitFor();
    await openSpace(page, 'Pump repairs');
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();
    await addCard(page, 'To do', REMOVE);
    await addCard(page, 'To do', FIT);

    await card(page, FIT).click();
    await setDates(page, FIT, day(5), day(7));
    await card(page, REMOVE).click();
    await setDates(page, REMOVE, day(1), day(3));

    // Link from the first card: the chosen card is its next card.
    let panel = cardPanel(page, REMOVE);
    await panel.getByRole('combobox', { name: 'Link as' }).selectOption({ label: 'Next card' });
    await panel.getByRole('combobox', { name: 'Card to link' }).selectOption({ label: FIT });
    await panel.getByRole('button', { name: 'Link', exact: true }).click();
    const related = panel.getByRole('list', { name: 'Related cards' });
    await related.getByRole('link', { name: FIT }).waitFor();
    expect(await related.getByRole('listitem').allTextContents()).toEqual([`Next card${FIT}Remove`]);
    await panel
      .getByRole('list', { name: 'History' })
      .getByText(`linked it to its next card “${FIT}”`)
      .waitFor();

    // The link opens the other card, which lists the relation from its side.
    await related.getByRole('link', { name: FIT }).click();
    panel = cardPanel(page, FIT);
    await panel.getByRole('list', { name: 'Related cards' }).getByRole('link', { name: REMOVE }).waitFor();
    expect(
      await panel.getByRole('list', { name: 'Related cards' }).getByRole('listitem').allTextContents(),
    ).toEqual([`Previous card${REMOVE}Remove`]);

    // The Timeline draws the link between the two bars, from the end of the first to the start of the next.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const zoom = page.getByRole('group', { name: 'Zoom' });
    await zoom.getByRole('button', { name: 'Day' }).click();
    await expect
      .poll(() => zoom.getByRole('button', { name: 'Day' }).getAttribute('aria-pressed'))
      .toBe('true');
    const connector = timeline.getByRole('img', { name: `“${REMOVE}” is followed by “${FIT}”` });
    await connector.waitFor();
    const line = (await connector.boundingBox())!;
    const first = (await timeline.getByRole('button', { name: new RegExp(`^${REMOVE}, `) }).boundingBox())!;
    const next = (await timeline.getByRole('button', { name: new RegExp(`^${FIT}, `) }).boundingBox())!;
    // The line spans from the first bar's end to the next bar's start; its box takes in the stroke and the
    // arrowhead, a few pixels of a 48 px day.
    expect(Math.abs(line.x - (first.x + first.width))).toBeLessThan(5);
    expect(Math.abs(line.x + line.width - next.x)).toBeLessThan(5);
    expect(line.y).toBeGreaterThan(first.y);
    expect(line.y + line.height).toBeLessThan(next.y + next.height);
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await saveScreenshot(page, 'relations');

    // The next card now starts before its previous one ends: the panel says so, the line shows it.
    await timeline.getByRole('button', { name: new RegExp(`^${FIT}, `) }).click();
    panel = cardPanel(page, FIT);
    await panel.getByLabel('Start date').fill(day(2));
    await panel.getByLabel('Start date').press('Enter');
    await panel
      .getByRole('list', { name: 'Date conflicts' })
      .getByText(`Starts before its previous card “${REMOVE}” ends`)
      .waitFor();
    await timeline
      .getByRole('img', { name: `“${REMOVE}” is followed by “${FIT}”, dates conflict` })
      .waitFor();
    await panel.getByRole('heading', { name: 'Relations' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'relations-panel');

    // A refused link says why at the top of the panel, in sight, while the form keeps the focus in sight too.
    await panel.getByRole('button', { name: 'Link', exact: true }).click();
    const refusal = panel.getByRole('alert');
    await refusal.getByText('Could not link the cards: Choose the card to link.').waitFor();
    const picker = panel.getByRole('combobox', { name: 'Card to link' });
    await expect.poll(() => picker.evaluate((element) => element === document.activeElement)).toBe(true);
    // The space's only other card is linked already: the list says there is none left to link.
    expect(await picker.locator('option').allTextContents()).toEqual(['No other card to link']);
    const shown = (await panel.boundingBox())!;
    for (const part of [refusal, picker]) {
      const box = (await part.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(shown.y);
      expect(box.y + box.height).toBeLessThanOrEqual(shown.y + shown.height);
    }
    // Nothing else of the panel shows above the notice: it covers the panel's top edge.
    expect((await refusal.boundingBox())!.y - shown.y).toBeLessThan(2);

    // Removing the link in the panel takes the connector off the Timeline.
    await panel.getByRole('button', { name: `Remove the link to “${REMOVE}”` }).click();
    await panel.getByText('Not linked to other cards.').waitFor();
    await expect.poll(() => timeline.getByRole('img').count()).toBe(0);
    await panel
      .getByRole('list', { name: 'History' })
      .getByText(`unlinked it from its previous card “${REMOVE}”`)
      .waitFor();
  });
});
