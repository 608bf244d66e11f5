import path from 'node:path';
import type { BrowserBackend, DriverLog } from './backend';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { driverPage } from './page';
import { pollUntil } from './poll';
import { createGitHubReplica } from './replica';
import type { BrowserName, Driver, DriverPage, ExtensionStorage, LaunchOptions } from './types';

/** The e2e builds (`npm run build:e2e`): they open popup.html in a tab for the tests. */
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: path.resolve('.output/chrome-mv3-e2e'),
  firefox: path.resolve('.output/firefox-mv2-e2e'),
};

export async function launchDriver(browserName: BrowserName, options: LaunchOptions = {}): Promise<Driver> {
  const replica = createGitHubReplica(options.replica);
  const log: DriverLog = { blockedRequests: [], pageErrors: [], consoleErrors: [] };
  const dir = options.withExtension === false ? undefined : EXTENSION_DIRS[browserName];
  const launch = browserName === 'chromium' ? launchChromium : launchFirefox;
  const backend = await launch(dir, replica, log);
  const pages = async () => (await backend.pages()).map(driverPage);
  const waitForPage = (predicate: (url: string) => boolean, { timeout }: { timeout?: number } = {}) =>
    pollUntil(async () => findPage(await pages(), predicate), { timeout, what: () => 'a page with a matching URL' });
  // Ready means loaded with the extension API in place: a tab caught mid-load has neither.
  // Ready means loaded with the extension API in place: a tab caught mid-load has neither.
  const popup = () =>
    pollUntil(async () => {
      const page = await findPage(await pages(), (url) => isPopupUrl(url, backend));
      return page && (await page.evaluate(hasExtensionApi)) ? page : undefined;
    }, { what: () => 'the popup page (popup.html in a tab, opened by the e2e build)' });
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
    close: () => backend.close(),
  };
}

async function findPage(pages: DriverPage[], predicate: (url: string) => boolean): Promise<DriverPage | undefined> {
  for (const page of pages) if (predicate(await page.url())) return page;
  return undefined;
}

function isPopupUrl(url: string, backend: BrowserBackend): boolean {
  if (!backend.extensionId) throw new Error('This driver was launched without the extension');
  return /^(chrome|moz)-extension:\/\/[^/]+\/popup\.html/.test(url);
}

function hasExtensionApi(): boolean {
  const scope = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  return document.readyState === 'complete' && !!(scope.browser ?? scope.chrome)?.runtime?.id;
}

/** Runs in the popup page, where the extension API is available. */
async function readStorage(): Promise<ExtensionStorage> {
  type Areas = Record<'local' | 'session' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
  const scope = globalThis as unknown as { browser?: { storage: Areas }; chrome?: { storage: Areas } };
  const api = (scope.browser ?? scope.chrome)!;
  const read = async (area: 'local' | 'session' | 'sync') => {
    try {
      return await api.storage[area].get(null);
    } catch {
      return {};
    }
  };
  return { local: await read('local'), session: await read('session'), sync: await read('sync') };
}
