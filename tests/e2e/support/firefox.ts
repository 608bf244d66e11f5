import puppeteer, { type Page } from 'puppeteer-core';
import type { BrowserBackend, DriverLog, PageBackend } from './backend';
import { answerDialog, createDialogBook } from './dialogs';
import { VIEWPORT } from './chromium';
import { interceptAll } from './firefox-network';
import { FIREFOX_ALLOW_OPTIONAL_PERMISSIONS } from './permission-prompts';
import { startRecordingProxy } from './firefox-proxy';
import type { GitHubReplica } from './replica';

const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi. Requests are intercepted for the
 * whole browser before the extension loads, so tabs the extension opens are routed too.
 */
export async function launchFirefox(extensionDir: string | undefined, replica: GitHubReplica, log: DriverLog): Promise<BrowserBackend> {
  const proxy = await startRecordingProxy(log);
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: EXECUTABLE, headless: true, defaultViewport: VIEWPORT,
    extraPrefsFirefox: { ...proxy.prefs, ...FIREFOX_ALLOW_OPTIONAL_PERMISSIONS }, env: { ...process.env, ...proxy.env },
  });
  await interceptAll(browser, replica, log);
  const backends = new Map<Page, PageBackend>();
  const wrap = (page: Page) => backends.get(page) ?? backends.set(page, pageBackend(page, log)).get(page)!;
  browser.on('targetcreated', (target) => void target.page().then((page) => page && wrap(page)));
  (await browser.pages()).forEach(wrap);
  const extensionId = extensionDir ? await browser.installExtension(extensionDir) : undefined;
  return {
    extensionId,
    pages: async () => (await browser.pages()).map(wrap),
    newPage: async () => wrap(await browser.newPage()),
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
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
