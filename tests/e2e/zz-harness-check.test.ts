import { it } from 'vitest';
import { useApp } from './support/app.ts';
const app = useApp();
it('console error', async () => {
  await app.page.evaluate(() => console.error('boom'));
});
it('404', async () => {
  await app.page.evaluate(() => fetch('/assets/nope.js'));
});
it('api 401 is fine', async () => {
  await app.page.getByRole('heading', { name: 'Sign in to Afterboard' }).waitFor();
});
