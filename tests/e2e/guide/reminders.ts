import { expect, type Driver } from '../support';

/** What expiry reminders and renewals need in an e2e run: settings, stored reminders, a notification's click. */
export const DAY_MS = 86_400_000;

export const REMINDER_SETTINGS = {
  presetId: 'recommended',
  customScopes: [],
  noteTemplate: 'PAT Pilot {date} {time}',
  expiration: { kind: 'preset', days: 30 },
  reminders: { enabled: true, daysBefore: 3 },
};

/** Settings as the options page saves them (version 2); any change also makes the background re-check reminders. */
export const saveSettings = (driver: Driver, changes: object = {}) =>
  driver.setStorage('sync', { settings: { ...REMINDER_SETTINGS, ...changes }, settings$: { v: 2 } });

export const storedReminders = async (driver: Driver) => (await driver.storage()).local.reminders as object[] | undefined;
export const guideState = async (driver: Driver) => (await driver.storage()).local.guide as Record<string, unknown>;

/**
 * Waits for the one reminder notification naming `note`, then clicks it. No browser under automation can click a
 * system notification: the e2e build takes the click from the popup page.
 */
export async function clickReminderNotification(driver: Driver, note: string): Promise<void> {
  await expect.poll(async () => (await driver.notifications()).seen).toEqual([expect.stringContaining(note)]);
  const [shown] = (await driver.notifications()).seen;
  const popup = await driver.popup();
  await popup.evaluate((id) => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    return (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'e2e-notification-clicked', id });
  }, shown!);
}
