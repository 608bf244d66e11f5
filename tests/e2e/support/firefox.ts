import { rmSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BrowserBackend, DriverLog, PageBackend } from './backend';
import { answerDialog, createDialogBook } from './dialogs';
import { VIEWPORT } from './chromium';
import { SYSTEM_ACCESS_ARG } from './firefox-bidi';
import { interceptAll } from './firefox-network';
import { createFirefoxProfile, FIREFOX_PROFILE_PREFS, keepWhatFirefoxWrites } from './firefox-profile';
import { quitAsUser, restorePreviousSession } from './firefox-session';
import { FIREFOX_ALLOW_OPTIONAL_PERMISSIONS } from './permission-prompts';
import { startRecordingProxy } from './firefox-proxy';
import type { GitHubReplica } from './replica';

const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi, on a profile of its own with the
 * extension installed permanently (firefox-profile.ts), so that a restart keeps it. Requests are
 * intercepted for the whole browser before any test opens a page, so tabs the extension opens are
 * routed too; the recording proxy catches what interception does not see.
 */
export async function launchFirefox(extensionDir: string | undefined, replica: GitHubReplica, log: DriverLog): Promise<BrowserBackend> {
  const proxy = await startRecordingProxy(log);
  const profile = createFirefoxProfile(extensionDir);
  const start = async (restoreTabs: boolean) => {
    const started = await puppeteer.launch({
      browser: 'firefox', executablePath: EXECUTABLE, headless: true, defaultViewport: VIEWPORT,
      userDataDir: profile.dir, args: [SYSTEM_ACCESS_ARG],
      extraPrefsFirefox: { ...proxy.prefs, ...FIREFOX_ALLOW_OPTIONAL_PERMISSIONS, ...FIREFOX_PROFILE_PREFS },
      env: { ...process.env, ...proxy.env },
    });
    keepWhatFirefoxWrites(profile);
    await interceptAll(started, replica, log);
    const wrapStarted = await followPages(started, log);
    if (restoreTabs) await restorePreviousSession(started);
    return { browser: started, wrap: wrapStarted };
  };
  let { browser, wrap } = await start(false);
  return {
    extensionId: profile.extensionId,
    pages: async () => (await browser.pages()).map(wrap),
    newPage: async () => wrap(await browser.newPage()),
    restart: async ({ restoreTabs }) => {
      await quitAsUser(browser);
      ({ browser, wrap } = await start(restoreTabs));
    },
    close: async () => {
      try {
        await browser.close();
      } finally {
        await proxy.close();
        rmSync(profile.dir, { recursive: true, force: true });
      }
    },
  };
}

/** One PageBackend per tab of this browser, for the tabs open now and every later one. */
async function followPages(browser: Browser, log: DriverLog): Promise<(page: Page) => PageBackend> {
  const backends = new Map<Page, PageBackend>();
  const wrap = (page: Page) => backends.get(page) ?? backends.set(page, pageBackend(page, log)).get(page)!;
  browser.on('targetcreated', (target) => void target.page().then((page) => page && wrap(page)));
  (await browser.pages()).forEach(wrap);
  return wrap;
}

function pageBackend(page: Page, log: DriverLog): PageBackend {
  page.on('pageerror', (error) => log.pageErrors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  // Puppeteer's BiDi session leaves unanswered prompts open, which would block the page.
  const dialogs = createDialogBook();
  page.on('dialog', (dialog) => answerDialog(dialogs, dialog));
  return {
    nativeUrl: () => page.url(),
    evaluateSource: (source) => page.evaluate(source),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    addInitScript: async (source) => void (await page.evaluateOnNewDocument(source)),
    click: (x, y, count = 1) => page.mouse.click(x, y, { count }),
    keyDown: (key) => page.keyboard.down(key as Parameters<Page['keyboard']['down']>[0]),
    keyUp: (key) => page.keyboard.up(key as Parameters<Page['keyboard']['up']>[0]),
    typeText: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    dialogs,
    // Not awaited: the command's end tells neither way whether the tab closed or stayed.
    close: async (runBeforeUnload = false) => {
      if (runBeforeUnload) void page.close({ runBeforeUnload }).catch(() => {});
      else await page.close();
    },
    isClosed: () => page.isClosed(),
  };
}
