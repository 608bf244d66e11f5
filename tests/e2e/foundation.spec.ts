import { expect, test } from './support';

test('the popup renders and "Start guide" opens github.com when the active tab is not GitHub', async ({ driver }) => {
  const popup = await driver.popup();
  await popup.waitFor({ role: 'heading', name: 'PAT Pilot' });
  // The popup acts on the active tab, like the real popup over whatever tab the user is on.
  await (await driver.newPage()).bringToFront();

  await popup.click({ role: 'button', name: 'Start guide' });

  const github = await driver.waitForPage((url) => url === 'https://github.com/');
  await github.waitFor('meta[name="user-login"]', { state: 'attached' });
  // The guide script, registered when the guide started, answers with its one host element.
  await github.ui.waitForHost();
  expect(driver.replica.requests.map((r) => `${r.method} ${r.url}`)).toContain('GET https://github.com/');
  expect((await driver.storage()).local.guide).toMatchObject({ active: true });
  await popup.waitFor({ role: 'button', name: 'Resume guide' });
  expect(driver.blockedRequests).toEqual([]);
  expect(driver.pageErrors).toEqual([]);
});
