// Launches Debian's Chromium through playwright-core. Playwright's own browser download is not reachable on
// this project's machines, so the system browser is the one under test.
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium unless AFTERBOARD_CHROMIUM names another build (scripts/test.mjs reads it too). */
export const CHROMIUM_PATH = process.env.AFTERBOARD_CHROMIUM || '/usr/bin/chromium';

/**
 * The background-networking flags keep Chromium from calling home on a closed network, which otherwise
 * floods the logs and slows every launch. `--no-sandbox` because CI runs as root.
 */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}
