// Signing up, in and out in Chromium against the real server.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { firstRunScreen, homeOf, newPerson, signIn, signInScreen, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

describe('accounts in the browser', () => {
  const app = useApp();

  it('opens a new instance on creating its first account, then greets them by name on the home', async () => {
    const { page } = app;
    await firstRunScreen(page);
    expect(await page.title()).toBe('Create account · Afterboard');
    // Nobody to sign in as yet: the first run offers no way to the sign-in form.
    expect(await page.getByRole('button', { name: 'Sign in instead' }).count()).toBe(0);

    const ada = newPerson('Ada Lovelace');
    await signUp(page, ada);

    await homeOf(page, ada.name);
    expect(await page.getByRole('banner').textContent()).toContain(ada.name);
    expect(await page.title()).toBe('Home · Afterboard');

    // From now on the instance has accounts, and a signed-out visitor meets the sign-in form.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInScreen(page);
    await page.reload();
    await signInScreen(page);
    expect(await page.title()).toBe('Sign in · Afterboard');
    await saveScreenshot(page, 'sign-in');
  });

  it('signs out, then signs in again with the same password', async () => {
    const { page } = app;
    const grace = newPerson('Grace Hopper');
    await signUp(page, grace);
    await homeOf(page, grace.name);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInScreen(page);
    // Signed out means the server forgot the session, not just that the page changed.
    await page.reload();
    await signInScreen(page);

    await signIn(page, grace.email, grace.password);
    await homeOf(page, grace.name);
  });

  it('signs out every open tab of the browser, not only the one where Sign out was pressed', async () => {
    const { page, context } = app;
    const barbara = newPerson('Barbara Liskov');
    await signUp(page, barbara);
    await homeOf(page, barbara.name);
    const other = await context.newPage();
    await other.goto(page.url());
    await homeOf(other, barbara.name);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInScreen(page);
    // The server closes the other tab's sockets; that tab asks who is signed in, and nobody is.
    await signInScreen(other);

    // Signed in again in one tab, as someone else: the other tab shows who that is after its own check.
    const ken = newPerson('Ken Thompson');
    await signUp(page, ken);
    await homeOf(page, ken.name);
    await other.reload();
    await homeOf(other, ken.name);
  });

  it('shows an error for a wrong password and stays on the sign-in form', async () => {
    const { page } = app;
    const alan = newPerson('Alan Turing');
    await signUp(page, alan);
    await homeOf(page, alan.name);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInScreen(page);

    await signIn(page, alan.email, 'not-the-password');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/password/i);
    await signInScreen(page);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });

  it('keeps the session across a reload', async () => {
    const { page } = app;
    const edsger = newPerson('Edsger Dijkstra');
    await signUp(page, edsger);
    await homeOf(page, edsger.name);

    await page.reload();

    await homeOf(page, edsger.name);
  });
});
