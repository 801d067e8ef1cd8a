#!/usr/bin/env node
// The one test command (`npm test`). On a fresh Debian machine it installs Chromium if it is missing, then
// runs every check in order and stops at the first that fails: format, lint, types, build, unit and
// integration tests, browser tests. The last line counts the tests of both vitest runs, so CI logs end with
// one figure a reader can trust.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countTests, formatCounts } from './test-report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
// Same override as tests/e2e/support/chromium.ts, for machines whose Chromium lives elsewhere.
const CHROMIUM = process.env.AFTERBOARD_CHROMIUM || DEBIAN_CHROMIUM;
const reports = {
  unit: path.join(root, '.tmp', 'vitest-unit.json'),
  e2e: path.join(root, '.tmp', 'vitest-e2e.json'),
};

/** Runs a command with inherited output; resolves to its exit code (1 if it could not start). */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function header(title) {
  console.log(`\n=== ${title} ===\n`);
}

/** The browser tests drive Debian's Chromium; downloading Playwright's own browsers is not possible here. */
async function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  header('install chromium');
  if (CHROMIUM !== DEBIAN_CHROMIUM) {
    console.error(`AFTERBOARD_CHROMIUM is ${CHROMIUM}, which does not exist.`);
    return false;
  }
  if (process.getuid?.() !== 0) {
    console.error(
      `${CHROMIUM} is missing and this is not root, so it cannot be installed here.\n` +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium',
    );
    return false;
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['update'], env)) !== 0) return false;
  if ((await run('apt-get', ['install', '-y', 'chromium'], env)) !== 0) return false;
  return existsSync(CHROMIUM);
}

const vitestArgs = (report, config) => [
  'run',
  ...(config ? ['-c', config] : []),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
];

const steps = [
  { title: 'prettier --check .', command: bin('prettier'), args: ['--check', '.'] },
  { title: 'eslint .', command: bin('eslint'), args: ['.'] },
  { title: 'tsc --noEmit', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { title: 'vite build', command: bin('vite'), args: ['build'] },
  { title: 'unit and integration tests (vitest)', command: bin('vitest'), args: vitestArgs(reports.unit) },
  {
    title: 'browser tests (vitest + Chromium)',
    command: bin('vitest'),
    args: vitestArgs(reports.e2e, 'vitest.e2e.config.ts'),
    // dist/ was built by the step above; the browser tests need not build it again.
    env: { AFTERBOARD_E2E_BUILT: '1' },
  },
];

async function main() {
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  // A report left over from an earlier run must never be counted as this run's result.
  for (const report of Object.values(reports)) rmSync(report, { force: true });

  let failedStep = (await ensureChromium()) ? null : 'install chromium';
  for (const step of steps) {
    if (failedStep) break;
    header(step.title);
    const code = await run(step.command, step.args, step.env);
    if (code !== 0) failedStep = step.title;
  }

  const counts = countTests(Object.values(reports));
  console.log('');
  if (failedStep) console.log(`Failed step: ${failedStep}`);
  console.log(formatCounts(counts));
  process.exit(failedStep || counts.failed > 0 ? 1 : 0);
}

await main();
