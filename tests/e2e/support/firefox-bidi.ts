import type { Browser } from 'puppeteer-core';

/** The parts of WebDriver BiDi used here (puppeteer's BiDi connection, reached through `browser.connection`). */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on<E>(event: string, listener: (event: E) => void): void;
}

/**
 * Lets BiDi reach the browser's own window (`moz:scope: 'chrome'`), where Firefox's menu commands
 * live: the harness quits and restores the session through them, as a user does.
 */
export const SYSTEM_ACCESS_ARG = '--remote-allow-system-access';

export function bidiConnection(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection) throw new Error('Firefox must be driven over WebDriver BiDi');
  return connection;
}

/** Evaluates `expression` in the browser window (browser.xhtml); needs SYSTEM_ACCESS_ARG. */
export async function runInBrowserWindow(browser: Browser, expression: string): Promise<unknown> {
  const connection = bidiConnection(browser);
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const windows = tree.contexts as { context: string; url: string }[];
  const window = windows.find(({ url }) => url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`Firefox shows no browser window to run "${expression}" in`);
  const { result } = await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
  if (result.type === 'exception') {
    throw new Error(`"${expression}" failed in Firefox's window: ${(result.exceptionDetails as { text: string }).text}`);
  }
  return (result.result as { value?: unknown }).value;
}
