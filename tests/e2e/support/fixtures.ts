import { test as base, expect } from '@playwright/test';
import { launchDriver } from './driver';
import type { ReplicaOptions } from './replica';
import type { BrowserName, Driver, LaunchOptions } from './types';

interface Fixtures {
  /** Replica options for this test's `driver`: `test.use({ replica: { header: 'v3' } })`. */
  replica: Partial<ReplicaOptions>;
  /** Launches another browser of this project's kind; closed after the test. */
  launchDriver: (options?: LaunchOptions) => Promise<Driver>;
  /** The project's browser with the e2e build loaded, the replica's hosts (github.com, enterprise ones) routed to a fresh replica. */
  driver: Driver;
}

export const test = base.extend<Fixtures>({
  replica: [{}, { option: true }],
  launchDriver: async ({ browserName }, use, testInfo) => {
    if (browserName === 'webkit') throw new Error('PAT Pilot is tested in chromium and firefox only');
    const drivers: Driver[] = [];
    await use(async (options) => {
      const driver = await launchDriver(browserName as BrowserName, options);
      drivers.push(driver);
      return driver;
    });
    const failed = testInfo.status !== testInfo.expectedStatus;
    for (const [index, driver] of drivers.entries()) {
      if (failed) await attachEvidence(driver, index, testInfo).catch(() => {});
      await driver.close();
    }
  },
  driver: async ({ launchDriver: launch, replica }, use) => {
    await use(await launch({ replica }));
  },
});

/** On failure: a screenshot of every tab and what the pages logged. */
async function attachEvidence(driver: Driver, index: number, testInfo: import('@playwright/test').TestInfo) {
  const pages = await driver.pages();
  for (const [tab, page] of pages.entries()) {
    const file = testInfo.outputPath(`driver${index}-tab${tab}.png`);
    await page.screenshot(file).then(() => testInfo.attachments.push({ name: `tab ${tab}: ${file}`, path: file, contentType: 'image/png' }), () => {});
  }
  const log = { pageErrors: driver.pageErrors, consoleErrors: driver.consoleErrors, blockedRequests: driver.blockedRequests };
  await testInfo.attach(`driver${index}-log.json`, { body: JSON.stringify(log, null, 2), contentType: 'application/json' });
}

export { expect };
