import { expect, test, type Driver } from './support';
import { contentScriptStarts, domFingerprint, recordContentScriptStarts } from './support/probes';
import { expectStep, readForm, startFromPopup } from './guide/walk';

/**
 * PAT Pilot runs on GitHub only while a guide needs it: nothing on GitHub's pages without a guide, the
 * guide script brought to the tabs already open when a guide starts and registered for new pages
 * while it runs, a stub on the settings pages for the form assistant, and the background the one
 * writer of the guide state whichever tab reports what.
 */
const DASHBOARD = 'https://github.com/';
const REPOSITORY = 'https://github.com/octocat/hello-world';
const PROFILE = 'https://github.com/settings/profile';
const FORM = 'https://github.com/settings/tokens/new';

async function openRecorded(driver: Driver, url: string) {
  const page = await driver.newPage();
  await recordContentScriptStarts(page, driver.extensionId ?? 'none');
  await page.goto(url);
  await page.waitForDomIdle();
  return page;
}

test('without a guide, the dashboard, a repository and a settings page get nothing from PAT Pilot', async ({ driver, launchDriver }) => {
  const bare = await launchDriver({ withExtension: false });
  for (const url of [DASHBOARD, REPOSITORY, PROFILE]) {
    const page = await openRecorded(driver, url);
    const without = await openRecorded(bare, url);
    expect(await contentScriptStarts(page), url).toBe(0);
    expect(await page.ui.hostCount(), url).toBe(0);
    expect(await domFingerprint(page), url).toEqual(await domFingerprint(without));
  }
  expect(driver.blockedRequests).toEqual([]);
  expect(driver.pageErrors).toEqual([]);
  expect(driver.consoleErrors).toEqual([]);
});

test('a guide started with github.com tabs already open reaches each of them, and leaves with the guide', async ({ driver }) => {
  const dashboard = await openRecorded(driver, DASHBOARD);
  const profile = await openRecorded(driver, PROFILE);
  await startFromPopup(driver, dashboard);
  await expectStep(dashboard, 'open-user-menu');
  // The other open tab shows the step its own page is at.
  await profile.bringToFront();
  await expectStep(profile, 'open-developer-settings');
  expect([await contentScriptStarts(dashboard), await contentScriptStarts(profile)]).toEqual([1, 1]);

  // A page loaded while the guide runs gets the registered script.
  const repository = await openRecorded(driver, REPOSITORY);
  await expectStep(repository, 'open-user-menu');

  // Ending the guide in one tab ends it in all, and new pages get nothing again.
  await profile.ui.clickButton('Close');
  for (const page of [dashboard, profile, repository]) await page.ui.waitFor({ role: 'dialog' }, { state: 'gone' });
  expect((await driver.storage()).local.guide).toMatchObject({ active: false });
  const after = await openRecorded(driver, REPOSITORY);
  expect(await contentScriptStarts(after)).toBe(0);
  expect(await after.ui.hostCount()).toBe(0);
  expect(driver.pageErrors).toEqual([]);
});

test('two tabs during one guide: what the user does in each is kept', async ({ driver }) => {
  const first = await driver.newPage();
  await first.goto(DASHBOARD);
  await startFromPopup(driver, first);
  await expectStep(first, 'open-user-menu');
  await first.goto(FORM);
  await expectStep(first, 'fill-note');
  const second = await driver.newPage();
  await second.goto(FORM);
  await expectStep(second, 'fill-note');

  // One tab unticks a scope the guide ticked, the other has the note typed by the user.
  await first.bringToFront();
  await first.click('input[value="delete_repo"]');
  await second.bringToFront();
  await second.type('#oauth_access_description', '-mine');
  await expect.poll(async () => (await driver.storage()).local.guide).toMatchObject({ untickedScopes: ['delete_repo'], noteTyped: true });

  expect((await readForm(second)).note).toMatch(/-mine$/);

  // Both choices hold for the guide everywhere: a form opened anew keeps delete_repo unticked.
  // (A new visit rather than a reload: Firefox restores a reloaded form's boxes as they were.)
  await second.goto(FORM);
  await expectStep(second, 'fill-note');
  await second.waitForDomIdle();
  const form = await readForm(second);
  expect(form.scopes).not.toContain('delete_repo');
  expect(form.scopes).toEqual(expect.arrayContaining(['repo', 'admin:repo_hook']));
});

test.describe('the preset offer on the form, without a guide', () => {
  test('reached by a full load', async ({ driver }) => {
    const page = await openRecorded(driver, FORM);
    await page.ui.waitFor({ role: 'dialog', name: 'Apply recommended scopes?' });
    expect(await contentScriptStarts(page)).toBe(1);
    expect(driver.replica.createdTokens).toEqual([]);
  });

  test('reached by a soft navigation from the token list', async ({ driver }) => {
    const page = await openRecorded(driver, 'https://github.com/settings/tokens');
    expect(await contentScriptStarts(page)).toBe(0);
    await page.click({ role: 'button', name: 'Generate new token' });
    await page.click({ role: 'menuitem', name: /Generate new token \(classic\)/ });
    await page.ui.waitFor({ role: 'dialog', name: 'Apply recommended scopes?' });
    // Same document: GitHub's soft navigation, not a load (the probe would have been reset).
    expect(await contentScriptStarts(page)).toBe(1);
    expect((await readForm(page)).scopes).toEqual([]);
  });
});

test('a browser restart in the middle of a guide resumes it, in the restored tab and in new ones', async ({ driver }) => {
  const page = await driver.newPage();
  await page.goto(PROFILE);
  await startFromPopup(driver, page);
  await expectStep(page, 'open-developer-settings');

  await driver.restart({ restoreTabs: true });
  const restored = await driver.waitForPage((url) => url === PROFILE);
  await restored.bringToFront();
  await expectStep(restored, 'open-developer-settings');
  const fresh = await openRecorded(driver, DASHBOARD);
  await expectStep(fresh, 'open-user-menu');
  expect(await contentScriptStarts(fresh)).toBe(1);
  expect((await driver.storage()).local.guide).toMatchObject({ active: true });
});

test('after a restart with the guide ended, GitHub gets nothing again', async ({ driver }) => {
  const page = await driver.newPage();
  await page.goto(DASHBOARD);
  await startFromPopup(driver, page);
  await expectStep(page, 'open-user-menu');
  await page.ui.clickButton('Close');
  await page.ui.waitFor({ role: 'dialog' }, { state: 'gone' });

  await driver.restart();
  const after = await openRecorded(driver, DASHBOARD);
  expect(await contentScriptStarts(after)).toBe(0);
  expect(await after.ui.hostCount()).toBe(0);
});
