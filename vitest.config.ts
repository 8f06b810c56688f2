/**
 * Three test projects, run in this order by tests/run.mjs:
 *   unit     logic and content data, no build needed
 *   site     checks on the built files in dist/ (budgets, HTML validity, links, routes, headers)
 *   browser  real Chromium against dist/ served with production headers
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Unit tests parse content through src/model/schemas.ts; nothing stands in for Astro's astro:content.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 180_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/browser-setup.ts'],
          // Generous: a busy 2-core CI machine with the worksheet CPU slowed 4× must not fail on time alone.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each file drives its own Chromium; two at a time fits a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
