import type { BrowserContext, Page } from '@playwright/test';
import type { DriverLog } from './backend';
import { openChromium, pageBackend } from './chromium';
import { EXTENSION_DIRS } from './driver';
import { driverPage } from './page';
import { pollUntil } from './poll';
import { createGitHubReplica, type GitHubReplica, type ReplicaOptions } from './replica';
import type { DriverPage } from './types';

/**
 * Chromium only: the driver's browser (e2e build, github.com answered by the replica) with
 * Playwright's own pages at hand, for tools that need them (axe, element screenshots, colour
 * scheme emulation). Each Playwright page also has its DriverPage, so the usual helpers work.
 */
export interface PlaywrightSession {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly replica: GitHubReplica;
  readonly log: DriverLog;
  /** popup.html, which the e2e build opens in a tab, once loaded. */
  popup(): Promise<Page>;
  /** An extension page (e.g. 'options.html') in a new tab. */
  openExtensionPage(file: string): Promise<Page>;
  driverPage(page: Page): DriverPage;
  close(): Promise<void>;
}

export async function openPlaywrightSession(replicaOptions: Partial<ReplicaOptions> = {}): Promise<PlaywrightSession> {
  const replica = createGitHubReplica(replicaOptions);
  const log: DriverLog = { blockedRequests: [], pageErrors: [], consoleErrors: [] };
  const { context, extensionId, close } = await openChromium(EXTENSION_DIRS.chromium, replica, log);
  const base = `chrome-extension://${extensionId}/`;
  return {
    context,
    extensionId: extensionId!,
    replica,
    log,
    popup: () =>
      pollUntil(async () => {
        const page = context.pages().find((p) => p.url().startsWith(`${base}popup.html`));
        return page && (await page.evaluate(() => document.readyState === 'complete')) ? page : undefined;
      }, { what: () => 'popup.html in a tab, opened by the e2e build' }),
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(base + file);
      return page;
    },
    driverPage: (page) => driverPage(pageBackend(page, log)),
    close,
  };
}
