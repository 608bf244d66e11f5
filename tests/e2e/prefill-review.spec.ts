import { expect, test, type DriverPage } from './support';
import { readForm } from './guide/walk';

/**
 * Another app's prefill link on GitHub's form, without a guide: PAT Pilot reviews what it asks for in place of the
 * preset offer, flags what can delete, administer or never expire, and changes the form only on the user's buttons.
 * The preset is the default one (Recommended: repo, admin:repo_hook, delete_repo; 30 days).
 */
const REVIEW = { role: 'dialog', name: 'Review what this link asks for' } as const;
const box = (scope: string) => `input[name="oauth_access[scopes][]"][value="${scope}"]`;

async function openLink(page: DriverPage, query: string): Promise<void> {
  await page.goto(`https://github.com/settings/tokens/new?${query}`);
  await page.ui.waitFor(REVIEW);
  await page.waitForDomIdle();
}

test('a link asking admin:org and delete_repo with no expiration: flagged, and the buttons bring the form to the preset\'s bounds', async ({ driver }) => {
  const page = await driver.newPage();
  await openLink(page, 'scopes=admin:org,delete_repo&description=Some%20app&default_expires_at=none');
  expect(await page.ui.count({ role: 'dialog', name: 'Apply recommended scopes?' })).toBe(0);
  await page.ui.waitForText('No expiration: this token would never expire.');
  await page.ui.waitForText('admin:org admin ⚠ administers · not in your preset');
  await page.ui.waitForText('delete_repo ⚠ destructive ⚠ can delete');
  await page.ui.waitForText('This link ticks more than your preset: admin:org.');
  expect(await page.ui.text()).not.toContain('match your preset');
  // Nothing changed on its own.
  const before = await readForm(page);
  expect(before).toMatchObject({ note: 'Some app', expiration: 'none' });
  expect(before.scopes).toEqual(expect.arrayContaining(['admin:org', 'delete_repo']));

  await page.ui.clickButton('Untick the scope beyond your preset');
  await page.ui.waitForText('This link asks for less than your preset: repo, admin:repo_hook not ticked.');
  expect(await page.ui.text()).not.toContain('ticks more than your preset');
  expect((await readForm(page)).scopes).toEqual(['delete_repo']);

  await page.ui.clickButton('Set expiration to 30 days');
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[name="oauth_access[default_expires_at]"]')?.value === '30');
  await page.ui.waitFor({ role: 'button', name: 'Set expiration to 30 days' }, { state: 'gone' });
  expect(await page.ui.text()).not.toContain('No expiration: this token would never expire.');
  expect(await readForm(page)).toEqual({ note: 'Some app', expiration: '30', scopes: ['delete_repo'] });
  expect(driver.replica.createdTokens).toEqual([]);
  expect(driver.pageErrors).toEqual([]);
});

test('a link asking less than the preset never reads as a match, and a scope the user ticks beyond it is offered to untick', async ({ driver }) => {
  const page = await driver.newPage();
  await openLink(page, 'scopes=repo&default_expires_at=30');
  await page.ui.waitForText('This link asks for less than your preset: admin:repo_hook, delete_repo not ticked.');
  expect(await page.ui.text()).not.toContain('match your preset');
  expect(await page.ui.count({ role: 'button', name: /^Untick/ })).toBe(0);
  expect(await page.ui.count({ role: 'button', name: /^Set expiration/ })).toBe(0);

  await page.click(box('gist'));
  await page.ui.waitForText('This link ticks more than your preset: gist.');
  await page.ui.clickButton('Untick the scope beyond your preset');
  await page.ui.waitForText('This link asks for less than your preset: admin:repo_hook, delete_repo not ticked.');
  expect((await readForm(page)).scopes).toEqual(expect.not.arrayContaining(['gist']));
  expect((await readForm(page)).scopes).toContain('repo');
  expect(driver.pageErrors).toEqual([]);
});
