import { browser, defineBackground } from '#imports';
import { receiveMessage } from '@/lib/background/handle-message';
import { startBadge } from '@/lib/background/badge';
import { startReminders } from '@/lib/background/reminders';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(receiveMessage);
  startBadge();
  startReminders();
  if (import.meta.env.MODE === 'e2e') {
    // Firefox's WebDriver BiDi cannot navigate to moz-extension:// pages: test builds open
    // the popup in a tab themselves so tests can find it by URL.
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html'), active: false });
  }
});
