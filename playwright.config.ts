import { defineConfig } from '@playwright/test';

/**
 * E2E tests drive the e2e builds (`npm run build:e2e`) in Debian's Chromium (Playwright) and
 * Firefox ESR (puppeteer-core over WebDriver BiDi); the `driver` fixture picks the browser from
 * the project's `browserName`. Each test launches its own browser: no state leaks between tests.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one browser per core.
  workers: 2,
  fullyParallel: true,
  // On CI one retry keeps a load spike from failing a landing; Playwright still reports such a test as flaky.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' } },
    { name: 'firefox', use: { browserName: 'firefox' } },
  ],
});
