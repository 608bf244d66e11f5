import { expect, test } from './support';
import { clickStepTarget, expectStep, marked, startFromPopup, titleOf, walkForm } from './guide/walk';

test.describe('an unverified e-mail address', () => {
  test.use({ replica: { emailVerified: false, navigation: 'full' } });

  test('on the e-mail page the guide points at what verifies it', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/emails');
    await startFromPopup(driver, page);
    await expectStep(page, 'verify-email');
    expect(await page.evaluate((selector) => document.querySelector(selector)?.textContent, marked('verify-email'))).toMatch(
      /resend|verif/i,
    );
    expect(await page.ui.dialogName()).toBe(titleOf('verify-email'));
  });

  test('GitHub\'s refusal is explained with the way to the e-mail settings', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/tokens/new');
    await startFromPopup(driver, page);
    await walkForm(page);
    await expectStep(page, 'fill-note');
    await page.ui.waitForText('not verified');
    await page.ui.waitForText('https://github.com/settings/emails');
    expect(driver.replica.createdTokens).toEqual([]);
  });
});

test('with a verified address the e-mail page leads on to Developer settings', async ({ driver }) => {
  const page = await driver.newPage();
  await page.goto('https://github.com/settings/emails');
  await startFromPopup(driver, page);
  await clickStepTarget(page, 'open-developer-settings');
  await expectStep(page, 'open-tokens-classic');
});
