// The server under test serves the built app from dist/, so a browser-test run must never test a stale build.
// `npm test` has just built it in its own step and says so with AFTERBOARD_E2E_BUILT=1; any other run
// (`npx vitest run -c vitest.e2e.config.ts`) builds here first, which takes about a second.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function buildApp(): Promise<void> {
  if (process.env.AFTERBOARD_E2E_BUILT === '1') return;
  await build({ root, logLevel: 'warn' });
}
