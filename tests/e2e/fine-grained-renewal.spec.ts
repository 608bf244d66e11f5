import { expect, test, type DriverPage } from './support';
import { confirmAccess, copyAndFinish, expectStep, marked } from './guide/walk';
import { clickReminderNotification, DAY_MS, guideState, saveSettings, storedReminders } from './guide/reminders';

/**
 * Renewing a fine-grained token (issue 16): from its reminder to /settings/personal-access-tokens/<id>/regenerate
 * (or from the fine-grained list to the token's page first), through sudo, to the new value copied on the
 * fine-grained result page and a new reminder that still knows the token's kind. The replica's fine-grained token
 * page and regenerate form follow github-ui.md §17 (paths documented, markup inferred).
 */
/** A due reminder of the replica's fine-grained token "deploy" (row 502), as the fine-grained guide stored it. */
function dueReminder(withId: boolean) {
  const now = Date.now();
  return { note: 'deploy', expiresAt: now + 2 * DAY_MS, remindAt: now - 60_000, notified: false, tokenKind: 'fine-grained', ...(withId && { tokenId: '502' }) };
}

/** On the regenerate form: Next from choose-expiration, then the user's own click on "Regenerate token". */
async function regenerate(page: DriverPage): Promise<void> {
  await page.ui.clickButton('Next');
  await expectStep(page, 'confirm-regenerate');
  await page.click(marked('confirm-regenerate'));
}

test.describe('renewing a fine-grained token', () => {
  test.describe('from its notification, the token known by its id', () => {
    test.use({ replica: { sudo: 'same-url', existingFineGrainedNames: ['ci', 'deploy'] } });

    test('opens its fine-grained regenerate form behind sudo, ends on the fine-grained result page and reminds of the new date', async ({ driver }) => {
      await driver.allowReminders();
      await driver.recordNotifications();
      await driver.setStorage('local', { reminders: [dueReminder(true)] });
      await saveSettings(driver);
      await clickReminderNotification(driver, 'deploy');
      const page = await driver.waitForPage((url) => url === 'https://github.com/settings/personal-access-tokens/502/regenerate');
      expect(await guideState(driver)).toMatchObject({ active: true, kind: 'renew', tokenKind: 'fine-grained', renewing: { tokenId: '502', note: 'deploy' } });

      await confirmAccess(page);
      await expectStep(page, 'choose-expiration');
      await page.ui.waitForText('Step 4 of 7');
      // The replica's regenerate form starts at 30 days, which the user keeps.
      const before = Date.now();
      await regenerate(page);
      await copyAndFinish(page, 'fg-copy-token');
      const after = Date.now();

      expect(driver.replica.regeneratedFineGrainedTokens).toMatchObject([{ id: 502, name: 'deploy', expiration: '30' }]);
      await expect.poll(() => storedReminders(driver)).toEqual([
        { note: 'deploy', expiresAt: expect.any(Number), remindAt: expect.any(Number), notified: false, tokenId: '502', tokenKind: 'fine-grained' },
      ]);
      const [renewed] = (await storedReminders(driver)) as { expiresAt: number; remindAt: number }[];
      expect(renewed!.expiresAt).toBeGreaterThanOrEqual(before + 30 * DAY_MS);
      expect(renewed!.expiresAt).toBeLessThanOrEqual(after + 30 * DAY_MS);
      expect(renewed!.remindAt).toBe(renewed!.expiresAt - 3 * DAY_MS);
      expect((await driver.notifications()).open).toEqual([]);
      expect(driver.blockedRequests).toEqual([]);
      expect(driver.pageErrors).toEqual([]);
    });
  });

  test.describe('from the popup, the token known by its name only', () => {
    test.use({ replica: { sudo: 'redirect', existingFineGrainedNames: ['ci', 'deploy'] } });

    test('"Renew" marks the token in the fine-grained list, then "Regenerate token" on its page, and keeps its kind', async ({ driver }) => {
      await saveSettings(driver);
      await driver.setStorage('local', { reminders: [dueReminder(false)] });
      const popup = await driver.popup();
      await popup.click({ role: 'button', name: 'Renew' });
      const page = await driver.waitForPage((url) => url === 'https://github.com/settings/personal-access-tokens');

      await expectStep(page, 'open-token');
      expect(await page.count(`#access-token-502 ${marked('open-token')}`)).toBe(1);
      await page.click(marked('open-token'));
      await expectStep(page, 'open-regenerate');
      await page.click(marked('open-regenerate'));
      await confirmAccess(page);
      await expectStep(page, 'choose-expiration');
      await regenerate(page);
      await copyAndFinish(page, 'fg-copy-token');

      expect(driver.replica.regeneratedFineGrainedTokens).toMatchObject([{ id: 502, name: 'deploy' }]);
      await expect.poll(() => storedReminders(driver)).toEqual([expect.objectContaining({ note: 'deploy', tokenId: '502', tokenKind: 'fine-grained' })]);
      expect(driver.pageErrors).toEqual([]);
    });
  });
});
