import { isDue, isExpired, type Reminder } from './plan';

/** What to do with the stored reminders at `now`; pure so every branch can be tested. */
export interface ReminderActions {
  /** Past their expiry: delete them, their alarms and their notifications. */
  expired: Reminder[];
  /** Due and not yet shown: notify now (also catches alarms lost to a browser restart). */
  due: Reminder[];
  /** Not due yet: keep an alarm for each. */
  upcoming: Reminder[];
}

export function decideReminders(list: readonly Reminder[], now: number, enabled: boolean): ReminderActions {
  const live = list.filter((reminder) => !isExpired(reminder, now));
  return {
    expired: list.filter((reminder) => isExpired(reminder, now)),
    // Switched off: nothing is shown, but nothing is lost either if the user switches back.
    due: enabled ? live.filter((reminder) => isDue(reminder, now)) : [],
    upcoming: enabled ? live.filter((reminder) => !reminder.notified && reminder.remindAt > now) : [],
  };
}
