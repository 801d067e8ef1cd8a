// Collects what a user would see as breakage in the browser console: script errors, failed loads, 404s.
import type { ConsoleMessage, Page } from 'playwright-core';

/**
 * The API answers expected refusals with 4xx (401 before sign-in, 401 for a wrong password, 400 for bad
 * input) and the app shows them in its forms, which the tests check. Chromium still logs each as a failed
 * resource load, so those, and only those, are not errors here. A 404 is never expected.
 */
function isExpectedApiRefusal(message: ConsoleMessage, origin: string): boolean {
  const status = /status of (\d{3})/.exec(message.text())?.[1];
  return (
    message.location().url.startsWith(`${origin}/api/`) &&
    status !== undefined &&
    status.startsWith('4') &&
    status !== '404'
  );
}

/** Records console errors, uncaught exceptions and 404s of `page` into `errors` (returned for convenience). */
export function recordConsoleErrors(page: Page, origin: string, errors: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() !== 'error' || isExpectedApiRefusal(message, origin)) return;
    errors.push(`console.error: ${message.text()} (${message.location().url || 'no location'})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('response', (response) => {
    if (response.status() === 404) errors.push(`404: ${response.url()}`);
  });
  return errors;
}
