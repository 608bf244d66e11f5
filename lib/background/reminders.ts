import { browser } from '#imports';
import { logError } from '../log';
import { guideStateItem, watchSettings } from '../storage';
import { alarmsApi, notificationsApi } from '../reminders/apis';
import { tokenGenerated } from '../reminders/from-guide';
import { rememberToken, syncReminders } from '../reminders/schedule';
import { renewFromNotification } from './renewal';

/**
 * Background side of expiry reminders. Listeners are added synchronously so an alarm or a
 * click wakes the background; every wake also catches up on due and expired reminders,
 * which is all Firefox gets, as it has no optional `alarms` permission.
 */
export function startReminders(): void {
  listenToOptionalApis();
  browser.permissions.onAdded.addListener(() => {
    listenToOptionalApis();
    void syncNow();
  });
  guideStateItem.watch((next, previous) => {
    const token = tokenGenerated(next, previous);
    if (token) void rememberToken(token).catch(logReminderError);
  });
  watchSettings(() => void syncNow());
  void syncNow();
}

const onAlarm = () => void syncNow();
/** A click on a reminder starts its renewal; exported so the e2e build can stand in for the system's click. */
export const onNotificationClicked = (id: string) => void renewFromNotification(id).catch(logReminderError);
const onClicked = onNotificationClicked;

/** Granting the permissions later brings the namespaces to life, so this may run again. */
function listenToOptionalApis(): void {
  const alarms = alarmsApi();
  if (alarms && !alarms.onAlarm.hasListener(onAlarm)) alarms.onAlarm.addListener(onAlarm);
  const notifications = notificationsApi();
  if (notifications && !notifications.onClicked.hasListener(onClicked)) notifications.onClicked.addListener(onClicked);
}

function syncNow(): Promise<void> {
  return syncReminders(Date.now()).catch(logReminderError);
}

function logReminderError(error: unknown): void {
  logError('reminders', error);
}
