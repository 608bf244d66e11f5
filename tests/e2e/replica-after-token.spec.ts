import { expect, test } from './support';

/**
 * The replica's pages for a token's life after creation, clicked through in the browser with GitHub's own front
 * end running (details-menu, Turbo, action-menu): what DOM tests of the HTML alone cannot show.
 */
test.describe('SSO authorization round trip', () => {
  test.use({ replica: { sso: 'two', existingNotes: ['deploy'] } });

  test('"Configure SSO" ▸ Authorize ▸ Continue goes through the identity provider and back, authorized', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/tokens');
    await page.waitForDomIdle();
    await page.click({ role: 'button', name: 'Configure SSO' });
    await page.click('#access-token-1001 [data-sso-org="globex"] a');
    await page.waitFor({ role: 'heading', name: 'Single sign-on to globex' });
    await page.click({ role: 'button', name: 'Continue' });

    await page.waitFor({ role: 'heading', name: 'Personal access tokens (classic)' });
    expect(await page.url()).toBe('https://github.com/settings/tokens');
    // The list came from a full page load (the identity provider's form post): let its scripts run first.
    await page.waitForDomIdle();
    await page.click({ role: 'button', name: 'Configure SSO' });
    await page.waitFor({ role: 'menuitem', name: 'Deauthorize' });
    expect(await page.count({ role: 'menuitem', name: 'Authorize' })).toBe(1);
    const visited = driver.replica.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`);
    expect(visited).toEqual(expect.arrayContaining(['POST /orgs/globex/saml/initiate', 'GET /_replica/idp/globex', 'POST /orgs/globex/saml/consume']));
    expect(driver.blockedRequests).toEqual([]);
    expect(driver.pageErrors).toEqual([]);
  });
});

test.describe('regenerating a token behind sudo', () => {
  test.use({ replica: { sudo: 'same-url', existingNotes: ['deploy'] } });

  test("the token's page ▸ Regenerate token ▸ Confirm access ▸ a new expiration ▸ the new token shown once in its row", async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/tokens');
    await page.click({ role: 'link', name: 'deploy' });
    await page.waitFor({ role: 'heading', name: 'Edit personal access token (classic)' });
    await page.click({ role: 'link', name: 'Regenerate token' });
    await page.waitFor({ role: 'heading', name: 'Confirm access' });
    await page.fill('#sudo_password', 'any password');
    await page.click({ role: 'button', name: 'Confirm' });

    await page.waitFor({ role: 'heading', name: 'Regenerate personal access token (classic)' });
    await page.click('.js-new-default-token-expiration-select button[aria-haspopup]');
    await page.click({ role: 'menuitemradio', name: '90 days' });
    await page.click({ role: 'button', name: 'Regenerate token' });

    await page.waitFor('#access-token-1001.new-token #new-oauth-token');
    expect(await page.url()).toBe('https://github.com/settings/tokens');
    expect(driver.replica.regeneratedTokens).toMatchObject([{ id: 1001, note: 'deploy', expiration: '90' }]);
    expect(driver.replica.createdTokens).toEqual([]);
    expect(driver.pageErrors).toEqual([]);
  });
});
