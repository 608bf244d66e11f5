import { browser } from '#imports';

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
