import { browser } from '#imports';
import { i18n } from '#i18n';
import { destinationOn } from '../github/urls';
import { readReminders } from '../storage';
import { notificationsApi } from './apis';
import { keyOfNotification, notificationId } from './names';
import { DAY_MS, reminderKey, reminderOrigin, type Reminder } from './plan';

// Chrome refuses a notification without an image: the product icon, shipped from public/icon.
const NOTIFICATION_ICON = '/icon/128.png';

export function reminderMessage(reminder: Reminder, now: number): string {
  const days = Math.max(1, Math.ceil((reminder.expiresAt - now) / DAY_MS));
  const when = new Date(reminder.expiresAt).toLocaleDateString(undefined, { dateStyle: 'long' });
  return i18n.t('reminders.notification', days, { note: reminder.note, date: when });
}

export async function showReminder(reminder: Reminder, now: number): Promise<void> {
  await notificationsApi()?.create(notificationId(reminderKey(reminder)), {
    type: 'basic',
    iconUrl: browser.runtime.getURL(NOTIFICATION_ICON),
    title: i18n.t('reminders.notificationTitle'),
    message: reminderMessage(reminder, now),
  });
}

export async function clearReminderNotification(reminder: Reminder): Promise<void> {
  await notificationsApi()?.clear(notificationId(reminderKey(reminder)));
}

/** Clicking a reminder opens the token list, on the host that made the token, where it can be regenerated. */
export async function openTokensFromNotification(id: string): Promise<void> {
  const key = keyOfNotification(id);
  if (key === undefined) return;
  const reminder = (await readReminders()).find((item) => reminderKey(item) === key);
  await browser.tabs.create({ url: destinationOn(reminderOrigin(reminder), 'tokens'), active: true });
  await notificationsApi()?.clear(id);
}
