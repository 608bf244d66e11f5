import type { Browser } from 'puppeteer-core';
import { runInBrowserWindow } from './firefox-bidi';

const QUIT_TIMEOUT = 20_000;

/**
 * File › Quit (Ctrl+Q): Firefox asks its windows whether it may quit, then quits normally and
 * writes the session. BiDi's own browser.close would close every tab first, leaving nothing to restore.
 */
export async function quitAsUser(browser: Browser): Promise<void> {
  const firefox = browser.process();
  if (!firefox) throw new Error('Only a Firefox this harness started can be restarted');
  const exited = new Promise<void>((resolve) => firefox.once('exit', () => resolve()));
  await runInBrowserWindow(browser, "document.getElementById('cmd_quitApplication').doCommand()");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Firefox did not quit within ${QUIT_TIMEOUT} ms (did a page ask to stay?)`)), QUIT_TIMEOUT);
  });
  await Promise.race([exited, timedOut]).finally(() => clearTimeout(timer));
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
