import { expect, test, type Driver, type DriverPage } from './support';
import { copyAndFinish, expectStep, readForm, startFromPopup, walkForm, walkToForm } from './guide/walk';

/**
 * A company's GitHub: the replica also serves an Enterprise Server instance on SAML (no sudo prompt,
 * `site_admin` on the form) and a GHE.com subdomain (managed users). The user adds the host in the options
 * page; the harness answers the browser's permission prompt for that one host (LaunchOptions.allowHostPermissions).
 */
const HOSTS = [
  { host: 'github.example.com', siteAdmin: true },
  { host: 'acme.ghe.com', siteAdmin: false },
];
const RECOMMENDED = ['repo', 'admin:repo_hook', 'delete_repo'];

/** Launches with the host allowed (as the user would answer the prompt) and adds it from the options page. */
async function withHostAdded(launchDriver: (options?: object) => Promise<Driver>, host: string): Promise<Driver> {
  const driver = await launchDriver({ allowHostPermissions: [`https://${host}/*`] });
  const options = await driver.options();
  await options.fill({ role: 'textbox', name: 'Host' }, host);
  await options.click({ role: 'button', name: 'Add host' });
  await options.waitForFunction((want) => document.querySelector('.hosts .status')?.textContent === want, `${host} added.`);
  await options.close();
  return driver;
}

async function pickHost(driver: Driver, host: string): Promise<DriverPage> {
  const popup = await driver.popup();
  await popup.waitFor('#host-choice');
  await popup.selectOption('#host-choice', `https://${host}`);
  return popup;
}

function postedTo(driver: Driver): string[] {
  return driver.replica.requests.filter(({ method }) => method === 'POST').map(({ url }) => new URL(url).origin);
}

for (const { host, siteAdmin } of HOSTS) {
  test.describe(`on ${host}`, () => {
    test('the taught path reaches a token, without a sudo step', async ({ launchDriver }) => {
      const driver = await withHostAdded(launchDriver, host);
      const page = await driver.newPage();
      await page.goto(`https://${host}/`);
      await pickHost(driver, host);
      await startFromPopup(driver, page);
      await walkToForm(page);
      await expectStep(page, 'fill-note');
      expect(await page.url()).toBe(`https://${host}/settings/tokens/new`);
      expect(await page.count('input[value="site_admin"]')).toBe(siteAdmin ? 1 : 0);
      const form = await readForm(page);
      expect(form.scopes).toEqual(expect.arrayContaining(RECOMMENDED));
      expect(form.scopes).not.toContain('site_admin');
      await walkForm(page);
      await copyAndFinish(page);
      expect(driver.replica.createdTokens[0]).toMatchObject({ note: form.note, expiration: '30' });
      expect(postedTo(driver)).toEqual([`https://${host}`]);
      expect(driver.blockedRequests).toEqual([]);
      expect(driver.pageErrors).toEqual([]);
    });

    test('the fast path opens the prefilled form on the host and reaches a token', async ({ launchDriver }) => {
      const driver = await withHostAdded(launchDriver, host);
      const popup = await pickHost(driver, host);
      await popup.click({ role: 'button', name: 'Open the prefilled form' });
      const page = await driver.waitForPage((url) => url.startsWith(`https://${host}/settings/tokens/new?`));
      await expectStep(page, 'fill-note');
      expect((await readForm(page)).scopes).toEqual(expect.arrayContaining(RECOMMENDED));
      await walkForm(page);
      await copyAndFinish(page);
      expect(driver.replica.createdTokens).toHaveLength(1);
      expect(postedTo(driver)).toEqual([`https://${host}`]);
      expect(driver.blockedRequests).toEqual([]);
    });
  });
}

test('a host that was not added gets nothing from PAT Pilot, with or without a guide', async ({ driver }) => {
  const page = await driver.newPage();
  await page.goto('https://acme.ghe.com/settings/tokens/new');
  await page.waitForDomIdle(1000);
  expect(await page.ui.hostCount()).toBe(0);

  const github = await driver.newPage();
  await github.goto('https://github.com/');
  await startFromPopup(driver, github);
  await expectStep(github, 'open-user-menu');
  await page.reload();
  await page.waitForDomIdle(1000);
  expect(await page.ui.hostCount()).toBe(0);
  expect(await page.countWithAttribute('data-pat-pilot-step')).toBe(0);
});

test('removing the host stops the guide there', async ({ launchDriver }) => {
  const host = 'github.example.com';
  const driver = await withHostAdded(launchDriver, host);
  const page = await driver.newPage();
  await page.goto(`https://${host}/`);
  await pickHost(driver, host);
  await startFromPopup(driver, page);
  await expectStep(page, 'open-user-menu');

  const options = await driver.options();
  await options.click({ role: 'button', name: `Remove ${host}` });
  await options.waitForFunction((want) => document.querySelector('.hosts .status')?.textContent === want, `${host} removed: PAT Pilot no longer runs there.`);
  await page.bringToFront();
  await page.ui.waitFor({ role: 'dialog' }, { state: 'gone' });
  expect(await page.countWithAttribute('data-pat-pilot-step')).toBe(0);
  // Nor does its form get the preset offer any more, which an added host's settings pages have.
  await page.goto(`https://${host}/settings/tokens/new`);
  await page.waitForDomIdle(1000);
  expect(await page.ui.hostCount()).toBe(0);
});

test("an added host's new-token form gets the preset offer without a guide, as github.com's does", async ({ launchDriver }) => {
  const driver = await withHostAdded(launchDriver, 'acme.ghe.com');
  const page = await driver.newPage();
  await page.goto('https://acme.ghe.com/settings/tokens/new');
  await page.ui.waitFor({ role: 'dialog', name: 'Apply recommended scopes?' });
  await page.ui.clickButton('Apply recommended scopes');
  await page.ui.waitFor({ role: 'status' });
  expect((await readForm(page)).scopes).toEqual(expect.arrayContaining(RECOMMENDED));
});
