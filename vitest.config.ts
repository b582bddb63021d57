import { defineConfig } from 'vitest/config';

// Unit tests: pure lib/ code, components, scripts. End-to-end specs live in
// tests/e2e and have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Same Node 20 polyfill as the e2e config: vitest 5 reports failures with Map.groupBy.
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    // browser.i18n for the components (their words are public/_locales'), in English.
    setupFiles: ['tests/helpers/i18n-setup.ts'],
  },
});
