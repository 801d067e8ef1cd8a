import { defineConfig } from 'vitest/config';

// Browser tests: each file starts the real server and a Chromium, so files run one after another — two at
// once would only fight over the machine's cores and make timings flaky.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A real browser on a shared machine: 1 s (Vitest's default for expect.poll) is one busy moment.
    expect: { poll: { timeout: 5_000 } },
  },
});
