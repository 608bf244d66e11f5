import { expect, test, type Driver } from './support';
import { contentScriptStarts, domFingerprint, recordContentScriptStarts } from './support/probes';

const PAGE = 'https://github.com/settings/profile';

/** Loads PAGE in a new tab with content-script starts recorded, and lets the DOM settle. */
async function openGitHubPage(driver: Driver, extensionId: string) {
  const page = await driver.newPage();
  await recordContentScriptStarts(page, extensionId);
  await page.goto(PAGE);
  await page.waitForDomIdle();
  return page;
}

test('the popup renders and "Start guide" opens github.com when the active tab is not GitHub', async ({ driver }) => {
  const popup = await driver.popup();
  await popup.waitFor({ role: 'heading', name: 'PAT Pilot' });
  // The popup acts on the active tab, like the real popup over whatever tab the user is on.
  await (await driver.newPage()).bringToFront();

  await popup.click({ role: 'button', name: 'Start guide' });

  const github = await driver.waitForPage((url) => url === 'https://github.com/');
  await github.waitFor('meta[name="user-login"]', { state: 'attached' });
  // The content script answers the started guide with its one host element.
  await github.ui.waitForHost();
  expect(driver.replica.requests.map((r) => `${r.method} ${r.url}`)).toContain('GET https://github.com/');
  expect((await driver.storage()).local.guide).toMatchObject({ active: true });
  await popup.waitFor({ role: 'button', name: 'Resume guide' });
  expect(driver.blockedRequests).toEqual([]);
  expect(driver.pageErrors).toEqual([]);
});

test('the content script runs on a routed github.com page, and only with the extension', async ({ driver, launchDriver }) => {
  const extensionId = driver.extensionId!;
  const page = await openGitHubPage(driver, extensionId);
  await page.waitForFunction(() => (window as unknown as { __patPilotStarts?: number[] }).__patPilotStarts?.length);
  expect(await contentScriptStarts(page)).toBe(1);

  // The same probe in the same browser without the extension sees nothing: the check can fail.
  const bare = await launchDriver({ withExtension: false });
  expect(await contentScriptStarts(await openGitHubPage(bare, extensionId))).toBe(0);
  // The first test proves the rest of the chain: Start, then the guide's host appears.
});

test('nothing is added to a GitHub page while no guide is active', async ({ driver, launchDriver }) => {
  const extensionId = driver.extensionId!;
  const page = await openGitHubPage(driver, extensionId);
  await page.waitForFunction(() => (window as unknown as { __patPilotStarts?: number[] }).__patPilotStarts?.length);
  await page.waitForDomIdle();
  const bare = await openGitHubPage(await launchDriver({ withExtension: false }), extensionId);

  expect(await page.ui.hostCount()).toBe(0);
  expect(await page.countWithAttribute('data-pat-pilot-step')).toBe(0);
  expect(await domFingerprint(page)).toEqual(await domFingerprint(bare));
  expect(driver.blockedRequests).toEqual([]);
  expect(driver.pageErrors).toEqual([]);
  expect(driver.consoleErrors).toEqual([]);
});
