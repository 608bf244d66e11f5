import { browser, defineBackground } from '#imports';
import { acceptMessage } from '@/lib/background/accept-message';
import { handleMessage } from '@/lib/background/handle-message';
import { startBadge } from '@/lib/background/badge';
import { startReminders } from '@/lib/background/reminders';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = acceptMessage(raw, sender);
    // Refused messages are ignored rather than answered, so nothing leaks to other senders.
    return message ? handleMessage(message) : undefined;
  });
  startBadge();
  startReminders();
  if (import.meta.env.MODE === 'e2e') {
    // Firefox's WebDriver BiDi cannot navigate to moz-extension:// pages: test builds open
    // the popup in a tab themselves so tests can find it by URL.
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html'), active: false });
  }
});
