import { defineConfig } from 'vitest/config';

// Unit tests: pure lib/ code, components, scripts. End-to-end specs live in
// tests/e2e and have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
