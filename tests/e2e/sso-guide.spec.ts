import { expect, test, type Driver, type DriverPage } from './support';
import { clickStepTarget, expectStep, MARKER, marked, startFromPopup, walkForm, walkToForm } from './guide/walk';

/**
 * After the token: an organization that enforces SAML single sign-on refuses it until the user authorizes it there
 * (github-ui.md §15). The guide goes on from store-token to "Configure SSO", names the organizations once the menu
 * is open, never clicks "Authorize" itself, and picks the step up again when the identity provider sends the user
 * back to the token list.
 */
const STORE_LINE = 'Organizations with single sign-on need this token authorized from this page';

async function toStoreToken(driver: Driver): Promise<DriverPage> {
  const page = await driver.newPage();
  await page.goto('https://github.com/');
  await startFromPopup(driver, page);
  await walkToForm(page);
  await walkForm(page);
  await clickStepTarget(page, 'copy-token');
  await expectStep(page, 'store-token', { marks: false });
  return page;
}

/** store-token ▸ Next ▸ authorize-sso pointing at the new token's own "Configure SSO". */
async function onToSso(page: DriverPage): Promise<void> {
  expect(await page.ui.text()).not.toContain(STORE_LINE);
  await page.ui.clickButton('Next');
  await expectStep(page, 'authorize-sso');
  expect(await page.evaluate((sel) => document.querySelector(sel)?.closest('.access-token')?.classList.contains('new-token'), marked('authorize-sso'))).toBe(true);
  await page.ui.waitForText('GitHub may send you to the organization\'s sign-in page and back here.');
  await page.ui.waitForText('Regenerating the token or changing its scopes later removes the authorization.');
}

const ssoVisits = (driver: Driver) =>
  driver.replica.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`).filter((visit) => /\/orgs\/|sso_authorizations|_replica\/idp/.test(visit));

for (const [sso, orgs] of [['one', 'acme'], ['two', 'acme, globex']] as const) {
  test.describe(`single sign-on with ${sso === 'one' ? 'one organization' : 'two organizations'}`, () => {
    test.use({ replica: { sso } });

    test('goes on from store-token to "Configure SSO", names the organizations once the menu is open, and Finish ends the guide', async ({ driver }) => {
      const page = await toStoreToken(driver);
      await onToSso(page);
      expect(await page.ui.text()).not.toContain('This menu lists');

      await page.click(marked('authorize-sso'));
      await page.ui.waitForText(`This menu lists: ${orgs}.`);
      expect(await page.count(marked('authorize-sso'))).toBe(1);
      await page.ui.clickButton('Finish');
      await page.ui.waitFor({ role: 'dialog' }, { state: 'gone' });
      expect(await page.countWithAttribute(MARKER)).toBe(0);
      expect((await driver.storage()).local.guide).toMatchObject({ active: false });
      // Authorizing is the user's click alone: nothing went to GitHub's SSO pages.
      expect(ssoVisits(driver)).toEqual([]);
      expect(driver.pageErrors).toEqual([]);
    });
  });
}

test.describe('without single sign-on', () => {
  test('ends at store-token, whose card says in one line where to authorize the token later', async ({ driver }) => {
    const page = await toStoreToken(driver);
    await page.ui.waitForText(`${STORE_LINE} (Configure SSO next to it).`);
    expect(await page.ui.count({ role: 'button', name: 'Next' })).toBe(0);
    await page.ui.clickButton('Finish');
    await page.ui.waitFor({ role: 'dialog' }, { state: 'gone' });
    expect((await driver.storage()).local.guide).toMatchObject({ active: false, stepId: null });
    expect(driver.pageErrors).toEqual([]);
  });
});

test.describe('the identity provider round trip', () => {
  test.use({ replica: { sso: 'one' } });

  test('the user authorizes through the identity provider and the guide resumes authorize-sso on the token list', async ({ driver }) => {
    const page = await toStoreToken(driver);
    await onToSso(page);
    await page.click(marked('authorize-sso'));
    await page.ui.waitForText('This menu lists: acme.');
    // The user's own click: GitHub's SSO page, where the guide has nothing to point at.
    await page.click({ role: 'menuitem', name: 'Authorize' });
    await page.waitFor({ role: 'heading', name: 'Single sign-on to acme' });
    await page.ui.waitForText('Sign in with your organization as it asks');
    expect(await page.countWithAttribute(MARKER)).toBe(0);
    await page.click({ role: 'button', name: 'Continue' });

    await page.waitFor({ role: 'heading', name: 'Personal access tokens (classic)' });
    expect(await page.url()).toBe('https://github.com/settings/tokens');
    await page.waitForDomIdle();
    await expectStep(page, 'authorize-sso');
    const [created] = driver.replica.createdTokens;
    // No longer the row shown once: the listed row whose note is the guide's.
    expect(await page.evaluate((sel) => document.querySelector(sel)?.closest('.access-token')?.querySelector('.token-description')?.textContent, marked('authorize-sso'))).toBe(created!.note);
    await page.click(marked('authorize-sso'));
    await page.waitFor({ role: 'menuitem', name: 'Deauthorize' });
    await page.ui.waitForText('This menu lists: acme.');
    expect(ssoVisits(driver)).toEqual(expect.arrayContaining(['GET /orgs/acme/sso', 'POST /orgs/acme/saml/consume']));
    await page.ui.clickButton('Finish');
    await page.ui.waitFor({ role: 'dialog' }, { state: 'gone' });
    expect(driver.pageErrors).toEqual([]);
  });
});
