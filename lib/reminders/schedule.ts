import { readReminders, readSettings, updateReminders } from '../storage';
import type { TokenKind } from '../token-kinds';
import { alarmsApi } from './apis';
import { decideReminders } from './decide';
import { alarmName } from './names';
import { clearReminderNotification, showReminder } from './notify';
import { hasReminderPermissions } from './permissions';
import { markNotified, planReminder, reminderKey, replacedBy, withReminder, type Reminder } from './plan';

/** What the guide knows about a generated token: its note and expiry, never its value. */
export interface GeneratedToken {
  note: string;
  /** Epoch ms; null for a token that never expires (nothing to remind of). */
  expiresAt: number | null;
  generatedAt: number;
  /** GitHub's id of the token (its row's), when the page showed it. */
  tokenId?: string;
  /** The host the guide ran on; github.com when missing. */
  origin?: string;
  /** Classic when missing. */
  tokenKind?: TokenKind;
}

/**
 * Remembers a reminder for a freshly generated token, if the user wants reminders. A renewed token's reminder
 * replaces the old token's, whose alarms and notification go with it.
 */
export async function rememberToken(token: GeneratedToken): Promise<Reminder | undefined> {
  const { settings } = await readSettings();
  if (!settings.reminders.enabled) return undefined;
  const reminder = planReminder(token.note, token.expiresAt, settings.reminders.daysBefore, token.generatedAt, token);
  // Also when the new token never expires: the old token's reminder is for a token that is gone.
  const replaced = (await readReminders()).filter((item) => replacedBy(item, token) && !(reminder && sameToken(item, reminder)));
  await Promise.all(replaced.map(forget));
  await updateReminders((list) => (reminder ? withReminder(list, reminder) : list.filter((item) => !replacedBy(item, token))));
  if (!reminder) return undefined;
  await syncReminders(Date.now());
  return reminder;
}

/**
 * Brings alarms and notifications in line with storage: expired reminders disappear, due
 * ones are shown, upcoming ones get alarms. Safe to run at any time, as often as needed.
 */
export async function syncReminders(now: number): Promise<void> {
  const { settings } = await readSettings();
  const actions = decideReminders(await readReminders(), now, settings.reminders.enabled);
  await Promise.all(actions.expired.map(forget));
  const permitted = await hasReminderPermissions();
  if (permitted) await Promise.all(actions.due.map((reminder) => showReminder(reminder, now)));
  await updateReminders((list) => {
    const live = list.filter((reminder) => !actions.expired.some((gone) => sameToken(gone, reminder)));
    const shown = permitted ? actions.due : [];
    return shown.reduce((next, reminder) => markNotified(next, reminderKey(reminder)), live);
  });
  if (permitted) scheduleAlarms(actions.upcoming, await readReminders());
}

function scheduleAlarms(upcoming: readonly Reminder[], live: readonly Reminder[]): void {
  const alarms = alarmsApi();
  if (!alarms) return; // no alarms permission: due reminders are caught whenever the background wakes
  for (const reminder of upcoming) void alarms.create(alarmName('remind', reminderKey(reminder)), { when: reminder.remindAt });
  for (const reminder of live) void alarms.create(alarmName('expire', reminderKey(reminder)), { when: reminder.expiresAt });
}

async function forget(reminder: Reminder): Promise<void> {
  const key = reminderKey(reminder);
  await alarmsApi()?.clear(alarmName('remind', key));
  await alarmsApi()?.clear(alarmName('expire', key));
  await clearReminderNotification(reminder);
}

function sameToken(a: Reminder, b: Reminder): boolean {
  return reminderKey(a) === reminderKey(b);
}
