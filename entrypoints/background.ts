import { browser, defineBackground } from '#imports';
import { parseMessage } from '@/lib/messages';
import { handleMessage } from '@/lib/background/handle-message';
import { startBadge } from '@/lib/background/badge';
import { startReminders } from '@/lib/background/reminders';
import { openPopupInTab } from '@/lib/e2e-build';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(raw);
    // Unknown messages are ignored rather than answered, so nothing leaks to other senders.
    return message ? handleMessage(message) : undefined;
  });
  startBadge();
  startReminders();
  openPopupInTab();
});
