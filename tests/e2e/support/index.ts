/** Everything an e2e test imports. */
export { test, expect } from './fixtures';
export type { Driver, DriverPage, PilotUi, Target, Scope, ExtensionStorage, BrowserName, DialogAnswer, DialogSeen, ExtensionAlarm, ExtensionNotifications, StorageArea, RestartOptions } from './types';
