import { browser, defineBackground } from '#imports';
import { receiveMessage } from '@/lib/background/handle-message';
import { startBadge } from '@/lib/background/badge';
import { onNotificationClicked, startReminders } from '@/lib/background/reminders';
import { followSettings } from '@/lib/background/guide-owner';
import { restoreGuideScript } from '@/lib/background/guide-restore';
import { followHostPermissions } from '@/lib/background/host-permissions';
import { openPopupInTab, standInForNotificationClicks } from '@/lib/e2e-build';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(receiveMessage);
  startBadge();
  startReminders();
  followSettings();
  restoreGuideScript();
  followHostPermissions();
  openPopupInTab();
  standInForNotificationClicks(onNotificationClicked);
});
