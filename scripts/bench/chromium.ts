import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { VIEWPORT } from '../../tests/e2e/support/chromium';
import { startGitHubServer } from '../../tests/e2e/support/github-server';
import { createGitHubReplica, type ReplicaOptions } from '../../tests/e2e/support/replica';

export interface BenchBrowser {
  context: BrowserContext;
  /** Undefined when launched without the extension. */
  extensionId: string | undefined;
  newPage(): Promise<Page>;
  cdp(page: Page): Promise<CDPSession>;
  close(): Promise<void>;
}

/**
 * Chromium as the e2e driver runs it (github.com is the replica on a loopback TLS server), but
 * with Playwright's own handles: the measurements need CDP sessions, which the driver hides.
 * No request routing here, so no interception cost lands in the timings.
 */
export async function launchBenchChromium(extensionDir?: string, replica: Partial<ReplicaOptions> = {}): Promise<BenchBrowser> {
  const github = await startGitHubServer(createGitHubReplica(replica));
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: VIEWPORT,
    args: [
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...github.chromiumArgs,
      ...extension,
    ],
  });
  const worker = extensionDir ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : undefined;
  return {
    context,
    extensionId: worker && new URL(worker.url()).host,
    newPage: () => context.newPage(),
    cdp: (page) => context.newCDPSession(page),
    close: async () => {
      await context.close();
      await github.close();
    },
  };
}
