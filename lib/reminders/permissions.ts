import { browser } from '#imports';
import { errorText, logError } from '../log';

/**
 * Reminders need `notifications` and `alarms`. Chrome takes both as optional, so a user who never
 * wants reminders grants nothing beyond storage and github.com there; Firefox accepts only
 * `notifications` as optional and holds `alarms` from install (it shows no warning for it).
 */
const WANTED = ['alarms', 'notifications'] as const;
type ReminderPermission = (typeof WANTED)[number];

/** The reminder permissions this build's manifest declares, optional or required. */
export function reminderPermissions(): ReminderPermission[] {
  const manifest = browser.runtime.getManifest();
  const declared = new Set<string>([...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]);
  return WANTED.filter((name) => declared.has(name));
}

/** Reminders can be shown at all only when the manifest offers notifications. */
export function canRemind(): boolean {
  return reminderPermissions().includes('notifications');
}

export async function hasReminderPermissions(): Promise<boolean> {
  if (!canRemind()) return false;
  return browser.permissions.contains({ permissions: reminderPermissions() });
}

/**
 * Must be called straight from the click handler: browsers grant permissions only in
 * response to a user action, and an `await` before this call loses that context.
 */
export function requestReminderPermissions(): Promise<boolean> {
  if (!canRemind()) return Promise.resolve(false);
  // Only optional permissions may be requested (Firefox holds `alarms` from install).
  const optional = new Set<string>(browser.runtime.getManifest().optional_permissions ?? []);
  const wanted = reminderPermissions().filter((name) => optional.has(name));
  return wanted.length ? browser.permissions.request({ permissions: wanted }) : Promise.resolve(true);
}

/** The user's answer; `error` when the browser failed to ask at all. */
export interface PermissionAnswer {
  granted: boolean;
  error?: string;
}

/**
 * requestReminderPermissions that never rejects, for click handlers that must say why reminders
 * stay off. Called straight from the click: the request starts before the first await.
 */
export async function askForReminderPermissions(): Promise<PermissionAnswer> {
  try {
    return { granted: await requestReminderPermissions() };
  } catch (error) {
    logError('asking for the reminder permissions', error);
    return { granted: false, error: errorText(error) };
  }
}
