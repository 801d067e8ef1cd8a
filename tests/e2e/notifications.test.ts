// Notifications in Chromium against the real server: one person mentions another in a comment; the other
// sees the unread count in the header, reads the sentence in the notification centre, marks it read and
// opens the card; then sets a personal reminder whose time has come and sees it fire in the centre.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/app.ts';
import {
  addCard,
  card,
  cardPanel,
  createSpace,
  createWorkspace,
  eventually,
  openSpace,
} from './support/board.ts';
import { addMember, homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

/** The header's Notifications button, whatever its count. */
const bell = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: /^Notifications, \d+ unread$/ });

describe('notifications in the browser', () => {
  const app = useApp();

  it('tells a mentioned person, who reads it, marks it read and opens the card; reminders fire there too', async () => {
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
    await expect.poll(() => bell(page2).getAttribute('aria-label')).toBe('Notifications, 0 unread');

    // The lead mentions the agent in a comment on a new card.
    await openSpace(page, 'RMA intake');
    await addCard(page, 'To do', 'Pump seal');
    await card(page, 'Pump seal').click();
    const panel = cardPanel(page, 'Pump seal');
    // The creator follows the card automatically.
    await expect
      .poll(() => panel.getByRole('button', { name: 'Following' }).getAttribute('aria-pressed'))
      .toBe('true');
    const comment = panel.getByRole('textbox', { name: 'New comment' });
    await comment.fill('@Grace Agent can you order the seal?');
    await comment.press('Enter');
    await panel.getByRole('list', { name: 'Comments' }).getByText('can you order the seal?').waitFor();

    // The agent's header counts it: asked again when the window gains focus, and every 10 s.
    await page2.reload();
    await page2.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 15_000 });
    await page2.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    const centre = page2.getByRole('dialog', { name: 'Notifications' });
    const items = centre.getByRole('list', { name: 'Notifications' }).getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(1);
    expect(await items.first().locator('p').first().textContent()).toBe(
      'Unread: Mentioned you · Ada Lead commented on “Pump seal”',
    );
    await saveScreenshot(page2, 'notifications');

    await items.first().getByRole('button', { name: 'Mark read' }).click();
    await page2.getByRole('button', { name: 'Notifications, 0 unread' }).waitFor();
    expect(await items.first().getByRole('button', { name: 'Mark read' }).count()).toBe(0);
    // Read on the server too, not only on screen.
    const count = await eventually(
      async () =>
        (
          (await (await page2.request.get(`${app.url}/api/notifications/unread-count`)).json()) as {
            unread: number;
          }
        ).unread,
      (unread) => unread === 0,
    );
    expect(count).toBe(0);

    // The sentence's card opens the card's panel; the agent follows it, having been mentioned.
    await items.first().getByRole('link', { name: '“Pump seal”' }).click();
    const panel2 = cardPanel(page2, 'Pump seal');
    await panel2.waitFor();
    const follow = panel2.getByRole('button', { name: /^Follow(ing)?$/ });
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('true');
    await follow.click();
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('false');
    expect(await follow.textContent()).toBe('Follow');

    // A reminder whose time has passed fires at once, in the centre, until dismissed.
    await panel2.getByLabel('Reminder time').fill('2026-01-05T09:00');
    await panel2.getByRole('button', { name: 'Remind me' }).click();
    await page2.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    await panel2.getByText(/^Reminded you /).waitFor();
    await saveScreenshot(page2, 'card-follow-reminder');
    await page2.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    const reminder = centre.getByRole('listitem').filter({ hasText: 'Reminder: “Pump seal”' });
    await reminder.waitFor();
    await reminder.getByRole('button', { name: 'Dismiss' }).click();
    await page2.getByRole('button', { name: 'Notifications, 0 unread' }).waitFor();
  });
});
