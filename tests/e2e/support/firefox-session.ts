import type { Browser } from 'puppeteer-core';
import { runInBrowserWindow } from './firefox-bidi';

const QUIT_TIMEOUT = 20_000;

/**
 * File › Quit (goQuitApplication): Firefox asks whoever listens whether it may quit, then quits
 * normally and writes the session. One difference, shared with Chromium's Browser.close: pages are
 * not asked before leaving. `skipNextCanClose` is the flag a window sets once it has asked its
 * tabs itself; without it a tab's beforeunload prompt, dismissed, would keep Firefox running.
 * (BiDi's own browser.close would close every tab first, leaving nothing to restore.)
 */
const QUIT = `canQuitApplication() && (() => {
  for (const win of Services.wm.getEnumerator('navigator:browser')) win.skipNextCanClose = true;
  Services.startup.quit(Ci.nsIAppStartup.eAttemptQuit);
  return true;
})()`;

export async function quitAsUser(browser: Browser): Promise<void> {
  const firefox = browser.process();
  if (!firefox) throw new Error('Only a Firefox this harness started can be restarted');
  const exited = new Promise<true>((resolve) => firefox.once('exit', () => resolve(true)));
  // The answer may be lost when the connection closes as Firefox goes: then its exit is the answer.
  const quitting = await runInBrowserWindow(browser, QUIT).catch((error: unknown) => within(exited, 2_000, error));
  if (!quitting) throw new Error('Firefox was asked not to quit (quit-application-requested)');
  await within(exited, QUIT_TIMEOUT, new Error(`Firefox did not quit within ${QUIT_TIMEOUT} ms`));
  // Lets puppeteer let go of the browser it launched; the process is gone already.
  await browser.close().catch(() => {});
}

/**
 * History › Restore Previous Session, once the harness routes every request. With
 * `browser.startup.page` 3 Firefox would restore during its start, before WebDriver BiDi takes a
 * session, so a restored github.com tab would reach past the replica.
 */
export async function restorePreviousSession(browser: Browser): Promise<void> {
  const restored = await runInBrowserWindow(browser, 'SessionStore.canRestoreLastSession && (SessionStore.restoreLastSession(), true)');
  if (!restored) throw new Error('Firefox kept no previous session to restore');
}

function within<T>(promise: Promise<T>, ms: number, error: unknown): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(error), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
