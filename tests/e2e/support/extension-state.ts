import type { ExtensionAlarm, ExtensionNotifications, ExtensionStorage, StorageArea } from './types';

/**
 * Run in the popup page, where the extension API is available: each is self-contained, as it is
 * sent to the page as source. Chromium exposes `chrome`, Firefox `browser`; both return promises.
 */
type Api = {
  permissions: { contains(permissions: { permissions: string[] }): Promise<boolean> };
  storage: Record<StorageArea, { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }>;
  alarms?: { getAll(): Promise<ExtensionAlarm[]> };
  notifications?: {
    getAll(): Promise<Record<string, unknown>>;
    onClosed: { addListener(listener: (id: string) => void): void };
  };
};

export async function readStorage(): Promise<ExtensionStorage> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  const read = async (area: StorageArea) => {
    try {
      return await api.storage[area].get(null);
    } catch {
      return {};
    }
  };
  return { local: await read('local'), session: await read('session'), sync: await read('sync') };
}

export function writeStorage({ area, items }: { area: StorageArea; items: Record<string, unknown> }): Promise<void> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (scope.browser ?? scope.chrome)!.storage[area].set(items);
}

/** Whether the extension holds both reminder permissions (Firefox holds `alarms` from install). */
export function holdsReminderPermissions(): Promise<boolean> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (scope.browser ?? scope.chrome)!.permissions.contains({ permissions: ['alarms', 'notifications'] });
}

export async function readAlarms(): Promise<ExtensionAlarm[]> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const alarms = (scope.browser ?? scope.chrome)!.alarms;
  if (!alarms) throw new Error('The extension does not hold `alarms`: call driver.allowReminders() first');
  return (await alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime }));
}

/**
 * Headless Firefox closes a notification the moment it is shown, so only its `onClosed` tells
 * it was there. Listening from the popup page catches every notification closed from now on.
 */
export function recordNotifications(): void {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api; __notificationsSeen?: string[] };
  const notifications = (scope.browser ?? scope.chrome)!.notifications;
  if (!notifications) throw new Error('The extension does not hold `notifications`: call driver.allowReminders() first');
  if (scope.__notificationsSeen) return;
  const seen: string[] = (scope.__notificationsSeen = []);
  notifications.onClosed.addListener((id) => seen.push(id));
}

export async function readNotifications(): Promise<ExtensionNotifications> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api; __notificationsSeen?: string[] };
  const notifications = (scope.browser ?? scope.chrome)!.notifications;
  if (!notifications) throw new Error('The extension does not hold `notifications`: call driver.allowReminders() first');
  const open = Object.keys(await notifications.getAll());
  return { open, seen: [...new Set([...(scope.__notificationsSeen ?? []), ...open])] };
}
