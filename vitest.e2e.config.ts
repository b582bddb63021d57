import { defineConfig } from 'vitest/config';

// End-to-end: the production build in Debian's headless Chromium, and the Firefox build in
// Debian's Firefox ESR (firefox.e2e.test.ts). One file at a time (each launches its own browser),
// node environment; `npm run test:e2e` builds first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
