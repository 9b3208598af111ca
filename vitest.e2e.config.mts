import { defineConfig } from 'vitest/config';

// Browser tests: the web build (out/renderer, built by `npm run test:e2e`) in Debian Chromium.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
