import path from 'node:path';
import type { BrowserBackend, DriverLog } from './backend';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { holdsReminderPermissions, readAlarms, readNotifications, readStorage, recordNotifications, writeStorage } from './extension-state';
import { driverPage } from './page';
import { DEFAULT_TIMEOUT, pollUntil } from './poll';
import { createGitHubReplica } from './replica';
import type { BrowserName, Driver, LaunchOptions } from './types';

/** The e2e builds (`npm run build:e2e`): they open popup.html in a tab for the tests. */
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: path.resolve('.output/chrome-mv3-e2e'),
  firefox: path.resolve('.output/firefox-mv2-e2e'),
};

/** The options page's switch for reminders (locales/en.yml, options.remindersEnable). */
const REMIND_ME = 'Remind me before a token expires';

export async function launchDriver(browserName: BrowserName, options: LaunchOptions = {}): Promise<Driver> {
  const replica = options.github ?? createGitHubReplica(options.replica);
  const log: DriverLog = { blockedRequests: [], pageErrors: [], consoleErrors: [] };
  const dir = options.withExtension === false ? undefined : (options.extensionDir ?? EXTENSION_DIRS[browserName]);
  // Firefox needs no list of hosts: its preference answers every optional permission prompt (permission-prompts.ts).
  const backend = browserName === 'chromium'
    ? await launchChromium(dir, replica, log, options.allowHostPermissions)
    : await launchFirefox(dir, replica, log);
  const pages = async () => (await backend.pages()).map(driverPage);
  const waitForPage = (predicate: (url: string) => boolean, { timeout }: { timeout?: number } = {}) => {
    let seen: string[] = [];
    return pollUntil(async () => {
      const open = await pages();
      seen = await Promise.all(open.map((page) => page.url()));
      return open[seen.findIndex(predicate)];
    }, { timeout, what: () => `a page whose URL matches (open: ${seen.join(', ')})` });
  };
  // The first call also waits for the browser to start the extension and open the tab, which
  // on a loaded two-core machine can take Firefox more than the usual ten seconds.
  const popup = () => {
    let state = 'not open';
    return pollUntil(async () => {
      const page = await waitForPage((url) => isPopupUrl(url, backend), { timeout: 2 * DEFAULT_TIMEOUT });
      state = await page.evaluate(popupState);
      return state === 'ready' ? page : undefined;
    }, { timeout: 2 * DEFAULT_TIMEOUT, what: () => `the popup page (popup.html in a tab, opened by the e2e build) to be ready (last seen: ${state})` });
  };
  /** The browser opens the options page in a tab; Firefox's BiDi cannot navigate to it directly. */
  const optionsPage = async () => {
    await (await popup()).evaluate(() => {
      type Runtime = { runtime: { openOptionsPage(): Promise<void> } };
      const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
      void (scope.browser ?? scope.chrome)!.runtime.openOptionsPage();
    });
    const page = await waitForPage((url) => /-extension:\/\/[^/]+\/options\.html/.test(url));
    await page.waitFor({ role: 'heading', name: 'PAT Pilot settings' });
    return page;
  };
  return {
    browserName,
    extensionId: backend.extensionId,
    replica,
    blockedRequests: log.blockedRequests,
    pageErrors: log.pageErrors,
    consoleErrors: log.consoleErrors,
    newPage: async () => driverPage(await backend.newPage()),
    pages,
    waitForPage,
    popup,
    storage: async () => (await popup()).evaluate(readStorage),
    setStorage: async (area, items) => (await popup()).evaluate(writeStorage, { area, items }),
    alarms: async () => (await popup()).evaluate(readAlarms),
    options: optionsPage,
    allowReminders: async () => {
      const page = await optionsPage();
      // Turning reminders on is what asks; off first when they are on already (the default).
      await page.click({ role: 'checkbox', name: REMIND_ME });
      if (!(await page.evaluate(() => document.querySelector<HTMLInputElement>('#reminders-enabled')?.checked))) {
        await page.click({ role: 'checkbox', name: REMIND_ME });
      }
      await pollUntil(async () => (await page.evaluate(holdsReminderPermissions)) || undefined, {
        what: () => 'the reminder permissions to be held after turning reminders on',
      });
      await page.close();
    },
    recordNotifications: async () => (await popup()).evaluate(recordNotifications),
    notifications: async () => (await popup()).evaluate(readNotifications),
    restart: (restartOptions = {}) => backend.restart({ restoreTabs: restartOptions.restoreTabs ?? false }),
    close: () => backend.close(),
  };
}

function isPopupUrl(url: string, backend: BrowserBackend): boolean {
  if (!backend.extensionId) throw new Error('This driver was launched without the extension');
  return /^(chrome|moz)-extension:\/\/[^/]+\/popup\.html/.test(url);
}

/**
 * Ready: loaded, with the extension API, and done reading storage (`aria-busy` gone). A test that
 * writes storage through the popup must not race the popup's own first read, or the popup would
 * show (and mark as seen) what the test meant another page to find. Anything else says what is missing.
 */
function popupState(): string {
  const scope = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  if (document.readyState !== 'complete') return `document ${document.readyState}`;
  if (!(scope.browser ?? scope.chrome)?.runtime?.id) return 'no extension API';
  const main = document.querySelector('main');
  if (!main) return 'not rendered';
  return main.getAttribute('aria-busy') === 'true' ? 'still reading storage' : 'ready';
}
