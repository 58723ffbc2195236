import { defineConfig } from '@playwright/test';
import type { EngineOptions } from './tests/e2e/fixtures';

/**
 * One set of journeys, run once per browser. Serial: the browsers share 2 cores, and policy tests write
 * machine-global policy folders.
 */
export default defineConfig<EngineOptions>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  projects: [
    {
      name: 'chromium',
      use: { engine: 'chromium' },
      // The screenshot spec regenerates docs/screenshots (npm run screenshots); it is not a test.
      testIgnore: ['**/firefox-*.spec.ts', ...(process.env.SCREENSHOTS ? [] : ['**/screenshots.spec.ts'])],
    },
    { name: 'firefox', use: { engine: 'firefox' }, testIgnore: ['**/popup.spec.ts', '**/a11y.spec.ts', '**/*.chromium.spec.ts', '**/screenshots.spec.ts'] },
  ],
});
