// The command palette finds cards of other spaces in Chromium against the real server: a card added in one
// space is opened from another by a few words of its title, its panel over its own board.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { addCard, cardPanel, createSpace, createWorkspace, openSpace } from './support/board.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';

describe('searching cards across spaces', () => {
  const app = useApp();

  it('opens a card of another space from the command palette', async () => {
    const { page } = app;
    const agent = newPerson('Ines Agent');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Aftersales');
    await createSpace(page, 'Aftersales', 'Warranty claims', 'Basic board');
    await createSpace(page, 'Aftersales', 'Repairs', 'Basic board');

    await openSpace(page, 'Warranty claims');
    await addCard(page, 'To do', 'WC-2231 Dishwasher pump noisy');
    await openSpace(page, 'Repairs');
    await addCard(page, 'Doing', 'RMA-881 Kettle switch');

    // The header's button opens the palette, as Ctrl+K does elsewhere in these tests.
    await page.getByRole('button', { name: /^Search and commands/ }).click();
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('pump dish');
    const option = palette.getByRole('option', {
      name: 'Open card: WC-2231 Dishwasher pump noisy — To do in Warranty claims',
    });
    await option.waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    await cardPanel(page, 'WC-2231 Dishwasher pump noisy').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Warranty claims', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/space\/[^/]+\/card\/[^/]+$/);
  });
});
