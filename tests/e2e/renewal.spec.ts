import { expect, test, type Driver, type DriverPage } from './support';
import { clickStepTarget, confirmAccess, copyAndFinish, expectStep, marked } from './guide/walk';

/**
 * Renewing a token (issue 15 §2): from a reminder to GitHub's regenerate form, through sudo, to a new reminder for
 * the new expiry date. The replica's token page and regenerate form are built from the docs (github-ui.md §16).
 */
const DAY_MS = 86_400_000;
/** The replica stores a custom expiry as its date. */
const DATE = expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
const SETTINGS = {
  presetId: 'recommended',
  customScopes: [],
  noteTemplate: 'PAT Pilot {date} {time}',
  expiration: { kind: 'custom', days: 45 },
  reminders: { enabled: true, daysBefore: 3 },
};

/** Settings as the options page saves them; saving also makes the background check its reminders. */
const saveSettings = (driver: Driver) => driver.setStorage('sync', { settings: SETTINGS, settings$: { v: 2 } });
const storedReminders = async (driver: Driver) => (await driver.storage()).local.reminders as object[] | undefined;
const guideState = async (driver: Driver) => (await driver.storage()).local.guide as Record<string, unknown>;

/** A reminder for the replica's existing token "deploy" (row 1001), due now, as an earlier guide stored it. */
function dueReminder(withId: boolean) {
  const now = Date.now();
  return { note: 'deploy', expiresAt: now + 2 * DAY_MS, remindAt: now - 60_000, notified: false, ...(withId && { tokenId: '1001' }) };
}

/** The end of the day `days` from today, in the browser's time zone: what a custom expiry date means. */
function endOfDayIn(page: DriverPage, days: number): Promise<number> {
  return page.evaluate((inDays) => {
    const day = new Date();
    day.setDate(day.getDate() + inDays);
    day.setHours(23, 59, 59, 0);
    return day.getTime();
  }, days);
}

const regenerateValue = (page: DriverPage) =>
  page.evaluate(() => document.querySelector<HTMLInputElement>('form[action$="/regenerate"] [name="oauth_access[default_expires_at]"]')!.value);

/** On the regenerate form: Next from choose-expiration, then the user's own click on "Regenerate token". */
async function regenerate(page: DriverPage): Promise<void> {
  await page.ui.clickButton('Next');
  await clickStepTarget(page, 'confirm-regenerate');
}

test.describe('renewal', () => {
  test.describe('from a notification, the token known by its id', () => {
    test.use({ replica: { sudo: 'same-url', existingNotes: ['deploy'] } });

    test('opens the regenerate form behind sudo, prefilled from the settings, and replaces the reminder with the new expiry', async ({ driver }) => {
      await driver.allowReminders();
      await driver.recordNotifications();
      await driver.setStorage('local', { reminders: [dueReminder(true)] });
      await saveSettings(driver);
      await expect.poll(async () => (await driver.notifications()).seen).toEqual([expect.stringContaining('deploy')]);
      const [shown] = (await driver.notifications()).seen;

      // No browser under automation can click a system notification: the e2e build takes the click from the popup page.
      const popup = await driver.popup();
      await popup.evaluate((id) => {
        type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
        return (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'e2e-notification-clicked', id });
      }, shown!);
      const page = await driver.waitForPage((url) => url === 'https://github.com/settings/tokens/1001/regenerate');
      expect(await guideState(driver)).toMatchObject({ active: true, kind: 'renew', renewing: { tokenId: '1001', note: 'deploy' } });

      await confirmAccess(page);
      await expectStep(page, 'choose-expiration');
      await page.ui.waitForText('Step 4 of 8');
      expect(await regenerateValue(page)).toBe('custom');
      const expiresAt = await endOfDayIn(page, 45);
      await regenerate(page);
      await copyAndFinish(page);

      expect(driver.replica.regeneratedTokens).toMatchObject([{ id: 1001, note: 'deploy', expiration: DATE }]);
      await expect.poll(() => storedReminders(driver)).toEqual([
        { note: 'deploy', expiresAt, remindAt: expiresAt - 3 * DAY_MS, notified: false, tokenId: '1001' },
      ]);
      expect((await driver.notifications()).open).toEqual([]);
      expect(driver.blockedRequests).toEqual([]);
      expect(driver.pageErrors).toEqual([]);
    });
  });

  test.describe('from the popup, the token known by its note only', () => {
    test.use({ replica: { sudo: 'redirect', existingNotes: ['ci', 'deploy'], expiration: 'select' } });

    test('"Renew" marks the token in the list, then "Regenerate token", keeps the expiration the user picks, and reminds of the new date', async ({ driver }) => {
      await saveSettings(driver);
      await driver.setStorage('local', { reminders: [dueReminder(false)] });
      const popup = await driver.popup();
      await popup.click({ role: 'button', name: 'Renew' });
      const page = await driver.waitForPage((url) => url === 'https://github.com/settings/tokens');

      await expectStep(page, 'open-token');
      expect(await page.count(`#access-token-1002 ${marked('open-token')}`)).toBe(1);
      await page.click(marked('open-token'));
      await clickStepTarget(page, 'open-regenerate');
      await confirmAccess(page);
      await expectStep(page, 'choose-expiration');
      expect(await regenerateValue(page)).toBe('custom');
      // The user's choice stays: the guide never sets the expiration again.
      await page.selectOption('form[action$="/regenerate"] select[name="oauth_access[default_expires_at]"]', '90');
      await page.waitForDomIdle();
      expect(await regenerateValue(page)).toBe('90');
      const before = Date.now();
      await regenerate(page);
      await copyAndFinish(page);
      const after = Date.now();

      expect(driver.replica.regeneratedTokens).toMatchObject([{ id: 1002, note: 'deploy', expiration: '90' }]);
      await expect.poll(() => storedReminders(driver)).toEqual([
        expect.objectContaining({ note: 'deploy', notified: false, tokenId: '1002' }),
      ]);
      const [renewed] = (await storedReminders(driver)) as { expiresAt: number }[];
      expect(renewed!.expiresAt).toBeGreaterThanOrEqual(before + 90 * DAY_MS);
      expect(renewed!.expiresAt).toBeLessThanOrEqual(after + 90 * DAY_MS);
      expect(driver.pageErrors).toEqual([]);
    });

    test('"Renew a token" lets the user pick a token PAT Pilot never saw', async ({ driver }) => {
      await saveSettings(driver);
      const popup = await driver.popup();
      await popup.click({ role: 'button', name: 'Renew a token' });
      const page = await driver.waitForPage((url) => url === 'https://github.com/settings/tokens');

      await expectStep(page, 'open-token');
      await page.click({ role: 'link', name: 'ci' });
      await clickStepTarget(page, 'open-regenerate');
      await confirmAccess(page);
      await expectStep(page, 'choose-expiration');
      await regenerate(page);
      await copyAndFinish(page);
      expect(driver.replica.regeneratedTokens).toMatchObject([{ id: 1001, note: 'ci', expiration: DATE }]);
      // Its note, read from the regenerate form, and its row's id make its first reminder.
      await expect.poll(() => storedReminders(driver)).toEqual([expect.objectContaining({ note: 'ci', tokenId: '1001' })]);
      expect(driver.pageErrors).toEqual([]);
    });
  });
});
