import { browser, type Browser } from '#imports';
import { senderContext } from './background/accept-message';

/**
 * Everything an e2e build (`wxt build --mode e2e`, `.output/*-e2e`) does that a release build does
 * not. Only what a browser under automation cannot do belongs here, each with its reason; the
 * manifests are the release ones (permissions included: tests start, as a new user does, without
 * the optional ones, and the test harness answers the browser's permission prompt).
 */
const IS_E2E_BUILD = import.meta.env.MODE === 'e2e';

/**
 * The popup opens in a tab when the background starts: headless Chromium has no toolbar button to
 * click, and Firefox's WebDriver BiDi cannot navigate to moz-extension:// pages, so tests find
 * the popup by its URL instead.
 */
export function openPopupInTab(): void {
  if (!IS_E2E_BUILD) return;
  void browser.tabs.create({ url: browser.runtime.getURL('/popup.html'), active: false });
}

/** The message an e2e test sends from the popup page in place of a click on a notification. */
export const E2E_NOTIFICATION_CLICK = 'e2e-notification-clicked';

/**
 * A click on a reminder's notification reaches the same handler as the browser's own: no browser under
 * automation can click a system notification (nor can WebDriver reach it), so the test, from the extension's
 * own popup page, names the notification it saw shown. Extension pages only; nothing on a web page can send it.
 */
export function standInForNotificationClicks(onClicked: (id: string) => void): void {
  if (!IS_E2E_BUILD) return;
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const { type, id } = (message ?? {}) as { type?: unknown; id?: unknown };
    if (type === E2E_NOTIFICATION_CLICK && typeof id === 'string' && senderContext(sender) === 'extension-page') onClicked(id);
    return undefined;
  });
}
