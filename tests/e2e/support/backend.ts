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
  click(x: number, y: number): Promise<void>;
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  typeText(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserBackend {
  readonly extensionId: string | undefined;
  /** Open pages; the same PageBackend object for the same tab every time. */
  pages(): Promise<PageBackend[]>;
  newPage(): Promise<PageBackend>;
  close(): Promise<void>;
}

/** What a browser run collects for the test to assert on. */
export interface DriverLog {
  blockedRequests: string[];
  pageErrors: string[];
  consoleErrors: string[];
}
