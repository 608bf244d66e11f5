import { browser, defineBackground } from '#imports';
import { receiveMessage } from '@/lib/background/handle-message';
import { startBadge } from '@/lib/background/badge';
import { startReminders } from '@/lib/background/reminders';
import { openPopupInTab } from '@/lib/e2e-build';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(receiveMessage);
  startBadge();
  startReminders();
  openPopupInTab();
});
