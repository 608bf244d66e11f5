import { expect, test } from './support';
import { clickStepTarget, copyAndFinish, expectStep, marked, readForm, startFromPopup, titleOf } from './guide/walk';

test.describe('a refused form', () => {
  test.use({ replica: { existingNotes: ['laptop'], expiration: 'action-menu', navigation: 'full' } });

  test('sends the guide back to the form steps, explains, and keeps the user\'s unticked box', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/tokens/new');
    await startFromPopup(driver, page);
    await expectStep(page, 'fill-note');
    await page.fill(marked('fill-note'), 'laptop');
    await page.ui.clickButton('Next');
    await expectStep(page, 'choose-expiration');
    await page.ui.clickButton('Next');
    await expectStep(page, 'review-scopes');
    await page.click('input[name="oauth_access[scopes][]"][value="delete_repo"]');
    await page.ui.clickButton('Next');
    await clickStepTarget(page, 'generate-token');

    await expectStep(page, 'fill-note');
    await page.ui.waitForText('already used');
    expect(await page.url()).toBe('https://github.com/settings/tokens');
    const refused = await readForm(page);
    expect(refused.note).toBe('laptop');
    expect(refused.scopes).not.toContain('delete_repo');

    await page.fill(marked('fill-note'), 'laptop at home');
    await page.ui.clickButton('Next');
    await page.ui.clickButton('Next');
    await expectStep(page, 'review-scopes');
    expect((await readForm(page)).scopes).not.toContain('delete_repo');
    await page.ui.clickButton('Next');
    await clickStepTarget(page, 'generate-token');
    await copyAndFinish(page);
    expect(driver.replica.createdTokens).toHaveLength(1);
    expect(driver.replica.createdTokens[0]).toMatchObject({ note: 'laptop at home' });
    expect(driver.replica.createdTokens[0]!.scopes).not.toContain('delete_repo');
    expect(driver.pageErrors).toEqual([]);
  });
});

const RECOVERY = [
  { missing: 'user-menu', start: '/', step: 'open-user-menu', link: 'https://github.com/settings/profile' },
  { missing: 'developer-settings', start: '/settings/profile', step: 'open-developer-settings', link: 'https://github.com/settings/apps' },
  { missing: 'generate-menu', start: '/settings/tokens', step: 'open-generate-menu', link: 'https://github.com/settings/tokens/new' },
] as const;

for (const { missing, start, step, link } of RECOVERY) {
  test.describe(`a layout without ${missing}`, () => {
    test.use({ replica: { missing: [missing] } });

    test(`shows the recovery card with a direct link`, async ({ driver }) => {
      const page = await driver.newPage();
      await page.goto(`https://github.com${start}`);
      await startFromPopup(driver, page);
      await page.ui.waitFor({ role: 'dialog', name: titleOf(step) });
      await page.ui.waitForText("can't find", { timeout: 15_000 });
      await page.ui.waitFor({ role: 'link', name: link.replace('https://', '') });
      expect(await page.countWithAttribute('data-pat-pilot-step')).toBe(0);
      await page.ui.clickButton(/^Close$/);
      await page.ui.waitFor({ role: 'dialog' }, { state: 'gone' });
      expect(driver.pageErrors).toEqual([]);
    });
  });
}

test.describe('where the user goes', () => {
  test.use({ replica: { navigation: 'soft', patGroup: 'expanded' } });

  test('the step follows reloads, back and forward', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/apps');
    await startFromPopup(driver, page);
    await expectStep(page, 'open-tokens-classic');
    await page.reload();
    await expectStep(page, 'open-tokens-classic');
    await page.click(marked('open-tokens-classic'));
    await expectStep(page, 'open-generate-menu');
    await page.back();
    await expectStep(page, 'open-tokens-classic');
    await page.forward();
    await expectStep(page, 'open-generate-menu');
  });

  test('a new tab picks up the guide where the page is', async ({ driver }) => {
    const first = await driver.newPage();
    await first.goto('https://github.com/');
    await startFromPopup(driver, first);
    await expectStep(first, 'open-user-menu');
    const second = await driver.newPage();
    await second.goto('https://github.com/settings/profile');
    await expectStep(second, 'open-developer-settings');
  });

  test('Esc in the callout closes the guide and hands focus back to the page', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/profile');
    const search = 'form[action="/search"] input[name="q"]';
    await startFromPopup(driver, page);
    await expectStep(page, 'open-developer-settings');
    await page.click(search);
    await page.evaluate(() => {
      const button = document.querySelector('pat-pilot-ui')!.shadowRoot!.querySelector<HTMLButtonElement>('.card button');
      button!.focus();
    });
    await page.press('Escape');
    await page.ui.waitFor({ role: 'dialog' }, { state: 'gone' });
    expect((await driver.storage()).local.guide).toMatchObject({ active: false });
    expect(await page.countWithAttribute('data-pat-pilot-step')).toBe(0);
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), search)).toBe(true);
  });
});
