import { defineConfig } from 'vitest/config';

// Real Chromium with the built sandbox extension, against the sandbox server on loopback (test/e2e/global-setup.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    // A real browser on a 2-core machine: UI waits get seconds, not vitest's default of one.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
  },
});
