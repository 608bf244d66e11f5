import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { BrowserBackend, DriverLog, PageBackend } from './backend';
import { answerDialog, createDialogBook } from './dialogs';
import { rmSync } from 'node:fs';
import { startGitHubServer } from './github-server';
import { chromiumProfileAllowing, unpackedExtensionId } from './permission-prompts';
import { routeRequest } from './network';
import type { GitHubReplica } from './replica';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 800 };
/** Chromium's own traffic (updates, metrics, safe browsing, sync) stays off, so blockedRequests is ours. */
const QUIET = [
  '--disable-background-networking', '--disable-component-update', '--disable-domain-reliability',
  '--disable-sync', '--disable-client-side-phishing-detection', '--no-first-run', '--no-default-browser-check',
  '--no-pings', '--metrics-recording-only', '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export interface ChromiumOptions {
  /** false opens a window (needs a display). */
  headless?: boolean;
  /** The extension's permission requests are granted as if the user clicked "Allow" (permission-prompts.ts). */
  allowPermissionRequests?: boolean;
  /** With allowPermissionRequests: the optional host permissions (match patterns) granted so too; others still ask. */
  allowHostPermissions?: readonly string[];
  /** null lets the window's size decide, as for a person using the browser. */
  viewport?: { width: number; height: number } | null;
}

/** A Chromium with the extension and the replica's hosts (github.com, enterprise ones) answered by it, as Playwright sees it. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string | undefined;
  close(): Promise<void>;
}

export async function launchChromium(
  extensionDir: string | undefined, replica: GitHubReplica, log: DriverLog, allowHostPermissions: readonly string[] = [],
): Promise<BrowserBackend> {
  const { context, extensionId, close } = await openChromium(extensionDir, replica, log, { allowPermissionRequests: true, allowHostPermissions });
  const backends = new Map<Page, PageBackend>();
  const wrap = (page: Page) => backends.get(page) ?? backends.set(page, pageBackend(page, log)).get(page)!;
  context.on('page', wrap);
  context.pages().forEach(wrap);
  return {
    extensionId,
    pages: async () => context.pages().map(wrap),
    newPage: async () => wrap(await context.newPage()),
    close,
  };
}

/** The launch behind the driver, also for Playwright-only tools (axe) and `npm run demo`. */
export async function openChromium(
  extensionDir: string | undefined, replica: GitHubReplica, log: DriverLog,
  { headless = true, viewport = VIEWPORT, allowPermissionRequests = false, allowHostPermissions = [] }: ChromiumOptions = {},
): Promise<ChromiumSession> {
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const profile = extensionDir && allowPermissionRequests ? chromiumProfileAllowing(extensionDir, allowHostPermissions) : '';
  const github = await startGitHubServer(replica);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE, headless, viewport,
    // Browser-wide (Playwright's ignoreHTTPSErrors misses tabs the extension opens), and only for this certificate.
    args: [...QUIET, ...github.chromiumArgs, ...extension],
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    // The replica's hosts go on to the local server, which asks the replica; the rest is recorded and refused.
    const routing = routeRequest(log, replica, { method: request.method(), url: request.url() });
    if (routing === 'block') await route.abort('blockedbyclient');
    else await route.continue();
  });
  const extensionId = extensionDir ? await findExtensionId(context) : undefined;
  if (profile && extensionId !== unpackedExtensionId(extensionDir!)) {
    throw new Error(`Chromium gave the extension the id ${extensionId}, not the one its profile pre-approved permissions for`);
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      await github.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function findExtensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** Also for a Playwright page a test opened itself (see playwright-session.ts). */
export function pageBackend(page: Page, log: DriverLog): PageBackend {
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  const dialogs = createDialogBook();
  page.on('dialog', (dialog) => answerDialog(dialogs, dialog));
  return {
    nativeUrl: () => page.url(),
    evaluateSource: (source) => page.evaluate(source),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    addInitScript: async (source) => void (await page.addInitScript({ content: source })),
    click: (x, y, count = 1) => page.mouse.click(x, y, { clickCount: count }),
    keyDown: (key) => page.keyboard.down(key),
    keyUp: (key) => page.keyboard.up(key),
    typeText: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    dialogs,
    // With runBeforeUnload, Playwright starts the close and returns; the page may stay.
    close: (runBeforeUnload = false) => page.close({ runBeforeUnload }),
    isClosed: () => page.isClosed(),
  };
}
