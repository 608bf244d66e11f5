import type { DialogAnswer, DialogSeen } from './dialogs';
import type { GitHubReplica, ReplicaOptions } from './replica';

export type { DialogAnswer, DialogSeen } from './dialogs';

export type BrowserName = 'chromium' | 'firefox';

/**
 * What to act on. A CSS selector, or a role with an accessible name (exact after collapsing
 * whitespace, or a RegExp). Roles: explicit `role`, else the implicit one of the tag
 * (`<summary>` counts as a button, as GitHub uses it as one).
 */
export type Target = string | { role: string; name?: string | RegExp };

/** 'page' is GitHub's DOM (its open shadow roots too, never the guide's); 'ui' is the guide's shadow root. */
export type Scope = 'page' | 'ui';

export interface WaitOptions {
  within?: Scope;
  /** 'visible' (default), 'attached', or 'gone' (not attached or not visible). */
  state?: 'visible' | 'attached' | 'gone';
  timeout?: number;
}

export type StorageArea = 'local' | 'session' | 'sync';

export interface ExtensionAlarm {
  name: string;
  /** Epoch ms. */
  scheduledTime: number;
}

export interface ExtensionNotifications {
  /** Ids of the notifications showing now. */
  open: string[];
  /** Ids shown now or closed since `recordNotifications()`: headless Firefox closes each at once. */
  seen: string[];
}

export interface ExtensionStorage {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  sync: Record<string, unknown>;
}

export interface PilotUi {
  /** The `<pat-pilot-ui>` host elements in the page (0 while no guide is active). */
  hostCount(): Promise<number>;
  waitForHost(options?: { timeout?: number }): Promise<void>;
  /** Visible text of the shadow root, whitespace collapsed ('' without a host). */
  text(): Promise<string>;
  waitForText(text: string | RegExp, options?: { timeout?: number }): Promise<void>;
  clickButton(name: string | RegExp, options?: { timeout?: number }): Promise<void>;
  /** Accessible name of the visible role=dialog / <dialog> in the shadow root, if any. */
  dialogName(): Promise<string | undefined>;
  waitFor(target: Target, options?: Omit<WaitOptions, 'within'>): Promise<void>;
  count(target: Target): Promise<number>;
}

export interface DriverPage {
  readonly ui: PilotUi;
  /** The document's URL (`document.URL`), read from the page. */
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  /** Each resolves once the page moved, or once it asked before leaving (beforeunload) and was told to stay. */
  reload(): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  /**
   * Waits until the element is visible and would receive the click, then clicks it with the mouse;
   * `count: 2` double-clicks (selecting a word), `count: 3` triple-clicks.
   */
  click(target: Target, options?: { within?: Scope; timeout?: number; count?: number }): Promise<void>;
  /** Clicks the field, selects what it holds and types `text` key by key. */
  fill(target: Target, text: string, options?: { within?: Scope }): Promise<void>;
  /** Clicks the field and types `text` at its end. */
  type(target: Target, text: string, options?: { within?: Scope }): Promise<void>;
  /** Picks an `<option>` of a `<select>` by value, as a user's choice does (input + change). */
  selectOption(target: Target, value: string, options?: { within?: Scope }): Promise<void>;
  /** A key or chord: 'Escape', 'Enter', 'Tab', 'Shift+Tab', 'Control+a'. */
  press(key: string): Promise<void>;
  waitFor(target: Target, options?: WaitOptions): Promise<void>;
  count(target: Target, options?: { within?: Scope }): Promise<number>;
  /** Elements carrying `name` anywhere in GitHub's DOM (e.g. 'data-pat-pilot-step'). */
  countWithAttribute(name: string): Promise<number>;
  /** Waits until `fn(arg)` returns a truthy value in the page and returns it. */
  waitForFunction<R, A = undefined>(fn: (arg: A) => R, arg?: A, options?: { timeout?: number }): Promise<R>;
  /** Resolves once the DOM has not changed for `quietMs` (default 500). */
  waitForDomIdle(quietMs?: number): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs `fn` at document start of every later document in this page (before content scripts). */
  addInitScript<A>(fn: (arg: A) => void, arg: A): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  /**
   * How this tab answers its dialogs from now on: alert, confirm, prompt and the browser's
   * "leave page?" (beforeunload). 'dismiss' until set; every dialog is answered, none blocks.
   */
  answerDialogs(answer: DialogAnswer): void;
  /** Every dialog this tab opened, in order, with the answer it got. */
  dialogs(): DialogSeen[];
  /**
   * Closes the tab. With `runBeforeUnload` it closes as a user does: the page may ask first,
   * and stays open when the answer is 'dismiss'; resolves once the tab is gone or has stayed.
   */
  close(options?: { runBeforeUnload?: boolean }): Promise<void>;
  isClosed(): boolean;
}

export interface Driver {
  readonly browserName: BrowserName;
  /** Chromium: the generated id; Firefox: the gecko id. Undefined when launched without the extension. */
  readonly extensionId: string | undefined;
  readonly replica: GitHubReplica;
  /** Every http(s) request to a host the replica does not serve (`replica.origins`), as "METHOD url"; each was aborted. */
  readonly blockedRequests: readonly string[];
  /** Uncaught errors of every page, as messages. */
  readonly pageErrors: readonly string[];
  /** console.error messages of every page. */
  readonly consoleErrors: readonly string[];
  newPage(): Promise<DriverPage>;
  pages(): Promise<DriverPage[]>;
  /** The first page whose URL satisfies `predicate`, waiting for it to appear. */
  waitForPage(predicate: (url: string) => boolean, options?: { timeout?: number }): Promise<DriverPage>;
  /** The extension's popup.html, opened in a tab by the e2e build (lib/e2e-build.ts). */
  popup(): Promise<DriverPage>;
  /** The extension's storage areas, read from the popup page. */
  storage(): Promise<ExtensionStorage>;
  /** Writes items into one storage area from the popup page, as the extension itself would. */
  setStorage(area: StorageArea, items: Record<string, unknown>): Promise<void>;
  /** The options page, opened in a tab as the browser opens it. */
  options(): Promise<DriverPage>;
  /**
   * As a user turning reminders on in the options page (nothing saved): waits until the
   * permissions are held, then closes the page. The extension starts without them; the harness
   * answers the browser's prompt (support/permission-prompts.ts).
   */
  allowReminders(): Promise<void>;
  /** The extension's alarms (after `allowReminders()`; Firefox holds `alarms` from install). */
  alarms(): Promise<ExtensionAlarm[]>;
  /** From now on, notifications closed in any way still count as seen (after `allowReminders()`). */
  recordNotifications(): Promise<void>;
  notifications(): Promise<ExtensionNotifications>;
  /**
   * Quits the browser as a user does and starts it again on the same profile: the extension keeps
   * its id, storage, granted permissions and registered content scripts, and github.com is still
   * this driver's replica. Pages are not asked before leaving (no beforeunload prompt, in either
   * browser). The pages from before are gone; `pages()`, `waitForPage()` and `popup()` find the
   * new ones. Resolves once the browser runs again with the extension loaded.
   */
  restart(options?: RestartOptions): Promise<void>;
  close(): Promise<void>;
}

export interface RestartOptions {
  /**
   * true: the tabs open before the quit open again, through the browser's own session restore.
   * false (default): only what the browser opens by itself (a blank tab; the e2e build's popup tab).
   */
  restoreTabs?: boolean;
}

export interface LaunchOptions {
  replica?: Partial<ReplicaOptions>;
  /** Serve the replica's hosts with this replica instead of a fresh one (e.g. one with an extra route). */
  github?: GitHubReplica;
  /** false launches the same browser without the extension, for comparisons. */
  withExtension?: boolean;
  /** An unpacked extension to load instead of the e2e build. */
  extensionDir?: string;
  /**
   * Optional host permissions, as match patterns (e.g. 'https://github.example.com/*'), that the extension gets
   * without a prompt when it asks for them (`permissions.request({ origins })` from a click), as if the user
   * allowed that site; `permissions.contains` stays false until it asks. The manifest must list them as optional.
   * Chromium: approved in the profile before launch, and only these (another host's request waits on a prompt
   * no test can answer). Firefox: its preference grants every optional permission the manifest lists, these or
   * not (support/permission-prompts.ts).
   */
  allowHostPermissions?: string[];
}
