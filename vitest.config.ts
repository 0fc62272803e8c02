import {defineConfig} from 'vitest/config';

import {fileURLToPath} from 'node:url';

export default defineConfig({
  oxc: {jsx: {runtime: 'automatic', importSource: 'preact'}},
  test: {
    projects: [
      {
        extends: true,
        test: {name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node'},
        // Browser APIs in unit tests come from an in-memory stand-in; e2e tests use the real browsers.
        resolve: {alias: {'webextension-polyfill': fileURLToPath(new URL('tests/unit/fake-browser.ts', import.meta.url))}},
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One browser at a time: two cores, and each test drives a real browser.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
