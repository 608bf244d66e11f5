import { expect, test } from './support';
import type { DriverPage } from './support/types';

/**
 * The replica's fine-grained pages clicked through in the browser, without the extension, with GitHub's own front end
 * running (action-menu, Turbo, clipboard-copy) and the permission picker rendered by @primer/react.
 */
const GITHUB = 'https://github.com';
const FORM = '/settings/personal-access-tokens/new';

/** The picker's hidden inputs: what the form will post for permissions. */
const postedPermissions = (page: DriverPage) => page.evaluate(() => Object.fromEntries(
  [...document.querySelectorAll<HTMLInputElement>('input[type="hidden"][name^="user_programmatic_access[permissions]"]')]
    .map((input) => [/\[(\w+)\]$/.exec(input.name)![1]!, input.value]),
));
/**
 * An opened Primer ViewComponents menu settles first (anchored-position places it, focus-group moves focus into it):
 * a click on an item before that was sometimes lost (1 in 4 runs in Chromium).
 */
const menuSettled = (page: DriverPage) => page.waitForDomIdle(150);
const fieldValue = (page: DriverPage, selector: string) => page.evaluate((css) => document.querySelector<HTMLInputElement>(css)?.value, selector);

test.describe('fine-grained token: list ▸ form behind sudo ▸ template URL ▸ picker ▸ overlay ▸ token shown once ▸ regenerate', () => {
  test('a user creates a token the template URL started, changing permissions with mouse and keyboard', async ({ launchDriver }) => {
    const driver = await launchDriver({ withExtension: false, replica: { sudo: 'same-url', existingFineGrainedNames: ['laptop'] } });
    const page = await driver.newPage();
    await page.goto(`${GITHUB}/settings/tokens?type=beta`);
    await page.waitFor({ role: 'heading', name: 'Fine-grained personal access tokens' });
    expect(await page.url()).toBe(`${GITHUB}/settings/personal-access-tokens`);
    await page.waitFor({ role: 'link', name: 'laptop' });
    await page.click({ role: 'link', name: 'Generate new token' });
    await page.waitFor({ role: 'heading', name: 'Confirm access' });
    await page.fill('#sudo_password', 'any password');
    await page.click({ role: 'button', name: 'Confirm' });
    await page.waitFor({ role: 'heading', name: 'New fine-grained personal access token' });
    expect(await page.url()).toBe(GITHUB + FORM);
    // Reached by soft navigation: Turbo loads the picker's bundle from the new page's <head>.
    await page.waitFor({ role: 'tab', name: 'Repositories' });

    // The template URL fills the form.
    await page.goto(`${GITHUB}${FORM}?name=ci&description=Deploys&target_name=acme&expires_in=45&contents=write&members=read`);
    await page.waitFor({ role: 'tab', name: 'Organizations' });
    expect(await fieldValue(page, '#user_programmatic_access_name')).toBe('ci');
    expect(await fieldValue(page, '#user_programmatic_access_description')).toBe('Deploys');
    expect(await fieldValue(page, 'input[name="target_name"]')).toBe('acme');
    expect(await fieldValue(page, 'input[name="user_programmatic_access[default_expires_at]"]')).toBe('custom');
    expect(await postedPermissions(page)).toEqual({ contents: 'write', members: 'read', metadata: 'read' });
    await page.waitFor({ role: 'button', name: 'Access: Read and write' });
    expect(await page.evaluate(() => document.querySelector('[data-permission="metadata"]')?.textContent)).toContain('Read access required to use other repository permissions.');

    // The owner back to the user: no organization permissions, no "Organizations" tab.
    await page.click('#resource-owner-select-panel-button');
    await menuSettled(page);
    await page.click({ role: 'menuitemradio', name: 'octocat' });
    await page.waitFor({ role: 'tab', name: 'Organizations' }, { state: 'gone' });
    expect(await postedPermissions(page)).toEqual({ contents: 'write', metadata: 'read' });

    // Mouse: "Workflows" added from the searchable list, then made read and write.
    await page.click({ role: 'button', name: 'Add permissions' });
    await page.type({ role: 'textbox', name: 'Search permissions' }, 'work');
    await page.click({ role: 'menuitemcheckbox', name: 'Workflows' });
    await page.press('Escape');
    await page.click('[data-permission="workflows"] button[aria-haspopup]');
    await page.click({ role: 'menuitemradio', name: 'Read and write' });
    // Keyboard: "Issues" added, then "Contents" down to read-only.
    await page.click({ role: 'button', name: 'Add permissions' });
    await page.type({ role: 'textbox', name: 'Search permissions' }, 'iss');
    await page.press('ArrowDown');
    await page.press(' ');
    await page.press('Escape');
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-permission="contents"] button[aria-haspopup]')!.focus());
    await page.press('Enter');
    await page.waitFor({ role: 'menuitemradio', name: 'Read-only' });
    await page.press('Home');
    await page.press('Enter');
    await page.waitFor({ role: 'menu' }, { state: 'gone' });
    expect(await postedPermissions(page)).toEqual({ contents: 'read', metadata: 'read', workflows: 'write', issues: 'read' });
    // "Account" has its own list.
    await page.click({ role: 'tab', name: 'Account' });
    await page.click({ role: 'button', name: 'Add permissions' });
    await page.click({ role: 'menuitemcheckbox', name: 'Email addresses' });
    await page.press('Escape');

    // Only select repositories.
    await page.click('#install_target_selected');
    await page.click('#repository-menu-list-button');
    await menuSettled(page);
    await page.click({ role: 'menuitemcheckbox', name: 'octocat/octo-app' });
    await page.press('Escape');

    // The form's "Generate token" opens the overlay at the end of <body>; its "Generate token" submits.
    await page.click('button.js-fine-grained-generate');
    await page.waitFor({ role: 'heading', name: 'New personal access token' });
    const overlay = await page.evaluate(() => {
      const last = document.body.lastElementChild!;
      return { isOverlay: last.matches('.js-fine-grained-confirmation'), dialogs: last.querySelectorAll('[role="dialog"]').length, text: last.textContent!.replace(/\s+/g, ' ') };
    });
    expect(overlay).toMatchObject({ isOverlay: true, dialogs: 0 });
    expect(overlay.text).toContain('ci grants you access to 1 selected repository owned by octocat');
    expect(overlay.text).toContain('Workflows: Read and write');
    await page.click('.js-fine-grained-confirmation button[type="submit"]');

    await page.waitFor('#new-access-token');
    expect(await page.url()).toBe(`${GITHUB}/settings/personal-access-tokens`);
    expect(await page.count('.js-fine-grained-confirmation')).toBe(0);
    const [created] = driver.replica.createdFineGrainedTokens;
    expect(created).toMatchObject({
      name: 'ci', description: 'Deploys', targetName: 'octocat', installTarget: 'selected', repositories: ['octo-app'],
      expiration: new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10),
      permissions: { contents: 'read', metadata: 'read', workflows: 'write', issues: 'read', emails: 'read' },
    });
    expect(await fieldValue(page, 'input#new-access-token[readonly]')).toBe(created!.token);
    expect(await page.evaluate(() => document.querySelector('.new-token a.token-description')?.getAttribute('href'))).toMatch(/^\/settings\/personal-access-tokens\/\d+$/);
    await page.evaluate(() => document.addEventListener('clipboard-copy', () => document.body.setAttribute('data-copied', ''), { once: true }));
    await page.click({ role: 'button', name: 'Copy token' });
    await page.waitFor('body[data-copied]', { state: 'attached' });

    // Its page ▸ Regenerate token (sudo still fresh) ▸ 90 days ▸ a new value, shown once the same way.
    await page.click({ role: 'link', name: 'ci' });
    await page.waitFor({ role: 'heading', name: 'ci' });
    await page.click({ role: 'link', name: 'Regenerate token' });
    await page.waitFor({ role: 'heading', name: 'Regenerate fine-grained personal access token' });
    await page.click('.js-new-default-token-expiration-select button[aria-haspopup]');
    await menuSettled(page);
    await page.click({ role: 'menuitemradio', name: '90 days' });
    await page.click({ role: 'button', name: 'Regenerate token' });
    await page.waitFor('.new-token #new-access-token');
    const [regenerated] = driver.replica.regeneratedFineGrainedTokens;
    expect(regenerated).toMatchObject({ name: 'ci', expiration: '90', permissions: created!.permissions });
    expect(await fieldValue(page, '#new-access-token')).toBe(regenerated!.token);
    expect(regenerated!.token).not.toBe(created!.token);
    expect(driver.blockedRequests).toEqual([]);
    expect(driver.pageErrors).toEqual([]);
  });

  test('an ignored template parameter leaves its field at GitHub\'s default; a taken name is refused with a flash', async ({ launchDriver }) => {
    const driver = await launchDriver({ withExtension: false, replica: { existingFineGrainedNames: ['ci'], fineGrainedIgnoredParams: ['expires_in', 'workflows'] } });
    const page = await driver.newPage();
    // The classic list's "Generate new token" menu leads here too.
    await page.goto(`${GITHUB}/settings/tokens`);
    await page.click({ role: 'button', name: 'Generate new token' });
    await page.click({ role: 'menuitem', name: /^Generate new token Fine-grained, repo-scoped$/ });
    await page.waitFor({ role: 'heading', name: 'New fine-grained personal access token' });
    await page.goto(`${GITHUB}${FORM}?name=ci&expires_in=7&workflows=write&contents=read`);
    await page.waitFor({ role: 'button', name: 'Access: Read-only' });
    expect(await fieldValue(page, 'input[name="user_programmatic_access[default_expires_at]"]')).toBe('30');
    expect(await postedPermissions(page)).toEqual({ contents: 'read', metadata: 'read' });
    await page.click('button.js-fine-grained-generate');
    await page.click({ role: 'button', name: 'Cancel' });
    await page.waitFor('.js-fine-grained-confirmation', { state: 'gone' });
    await page.click('button.js-fine-grained-generate');
    await page.click('.js-fine-grained-confirmation button[type="submit"]');
    await page.waitFor('.flash-error');
    expect(await page.evaluate(() => document.querySelector('.flash-error')?.textContent)).toContain('Name has already been taken');
    expect(await fieldValue(page, '#user_programmatic_access_name')).toBe('ci');
    expect(await page.count('.js-fine-grained-confirmation')).toBe(0);
    expect(driver.replica.createdFineGrainedTokens).toEqual([]);
  });
});
