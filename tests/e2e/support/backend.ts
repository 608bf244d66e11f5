import type { DialogBook } from './dialogs';
import type { RestartOptions } from './types';

/**
 * The little each browser has to provide. Everything a test calls is built on this, once,
 * in browser-neutral code, so both browsers locate, wait and click the same way.
 */
export interface PageBackend {
  /** The URL the automation library reports (can lag behind for extension pages in Firefox). */
  nativeUrl(): string;
  /** Evaluates a JavaScript expression in the page's main world; promises are awaited. */
  evaluateSource(source: string): Promise<unknown>;
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  addInitScript(source: string): Promise<void>;
  /** `count` 2 is a double click, 3 a triple click. */
  click(x: number, y: number, count?: number): Promise<void>;
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  typeText(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Every alert, confirm, prompt and beforeunload prompt, answered as soon as it opens. */
  readonly dialogs: DialogBook;
  /** Plain close, or a user's close that runs beforeunload: that one returns before the page may be gone. */
  close(runBeforeUnload?: boolean): Promise<void>;
  isClosed(): boolean;
}

export interface BrowserBackend {
  readonly extensionId: string | undefined;
  /** Open pages; the same PageBackend object for the same tab every time. */
  pages(): Promise<PageBackend[]>;
  newPage(): Promise<PageBackend>;
  /** Quits as a user does and starts again on the same profile; the old pages are gone. */
  restart(options: Required<RestartOptions>): Promise<void>;
  close(): Promise<void>;
}

/** What a browser run collects for the test to assert on. */
export interface DriverLog {
  blockedRequests: string[];
  pageErrors: string[];
  consoleErrors: string[];
}
