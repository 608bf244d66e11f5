import { browser } from '#imports';

/**
 * `alarms` and `notifications` are optional permissions: until the user grants them the
 * namespaces are missing at runtime, whatever the types say. Always reach them through here.
 */
type OptionalApis = Partial<Pick<typeof browser, 'alarms' | 'notifications'>>;

export function alarmsApi(): typeof browser.alarms | undefined {
  return (browser as OptionalApis).alarms;
}

export function notificationsApi(): typeof browser.notifications | undefined {
  return (browser as OptionalApis).notifications;
}
