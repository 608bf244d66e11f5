import { browser } from '#imports';
import { logError } from '../log';
import { GITHUB_MATCH, originMatch } from '../github/urls';
import type { TabMessage } from '../guide/snapshot';
import { grantedHosts } from '../hosts';
import { isNoReceiver } from './tab-messages';

/**
 * The guide script runs on github.com and the enterprise hosts the user added, only while a guide
 * needs it: registered when a guide starts, unregistered when it ends. The registration persists
 * across browser restarts, and is checked again whenever the background starts or a host is added
 * or removed, so a guide left open resumes on the next page load and never outlives a host's permission.
 */
const GUIDE_SCRIPT_ID = 'pat-pilot-guide';
/** Where WXT writes the guide script (entrypoints/guide, an unlisted script). */
export const GUIDE_SCRIPT_FILE = 'guide.js';
/**
 * The manifest runs the settings stub on github.com only (wxt.config.ts); an added host gets the same stub
 * from this registration, for as long as its permission lasts.
 */
const HOST_STUB_ID = 'pat-pilot-settings-stub';
const SETTINGS_STUB_FILE = 'settings-stub.js';

/** Every page the guide may run on: github.com and each granted host. */
export async function guidePageMatches(): Promise<string[]> {
  return pageMatches(await grantedHosts());
}

const pageMatches = (hosts: readonly string[]) => [GITHUB_MATCH, ...hosts.map(originMatch)];

export async function syncGuideScript(active: boolean): Promise<void> {
  const hosts = await grantedHosts();
  await syncRegistration(GUIDE_SCRIPT_ID, GUIDE_SCRIPT_FILE, active ? pageMatches(hosts) : []);
  await syncRegistration(HOST_STUB_ID, SETTINGS_STUB_FILE, hosts.map((origin) => `${origin}/settings/*`));
}

/** Registers `file` for exactly `matches` (none: unregistered), touching nothing that is already so. */
async function syncRegistration(id: string, file: string, matches: string[]): Promise<void> {
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered && sameItems(registered.matches ?? [], matches)) return;
  if (registered) await browser.scripting.unregisterContentScripts({ ids: [id] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([{ id, matches, js: [file], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** Tabs open before the guide started get the script now; a tab already running it is left alone. */
export async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: await guidePageMatches() });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectGuideScript(tab.id))));
}

export async function injectGuideScript(tabId: number): Promise<void> {
  if (!(await isRunning(tabId))) await inject(tabId, GUIDE_SCRIPT_FILE);
}

/** Where WXT writes the review of another app's prefill link (entrypoints/prefill-review, an unlisted script). */
export const PREFILL_REVIEW_FILE = 'prefill-review.js';

/**
 * The review is a script of its own, injected only on a prefill link's form without a guide, so the guide
 * script that runs on every github.com page during a guide does not carry it. A newer copy replaces an older one.
 */
export function injectPrefillReview(tabId: number): Promise<void> {
  return inject(tabId, PREFILL_REVIEW_FILE);
}

async function inject(tabId: number, file: typeof GUIDE_SCRIPT_FILE | typeof PREFILL_REVIEW_FILE): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${file}` as const] });
  } catch (error) {
    // A tab that closed or left GitHub meanwhile: nothing to do there.
    logError(`injecting ${file} into tab ${tabId}`, error);
  }
}

/** A live guide script answers; one left behind by an older version of the extension cannot. */
async function isRunning(tabId: number): Promise<boolean> {
  const ping: TabMessage = { type: 'guide-ping' };
  try {
    return (await browser.tabs.sendMessage(tabId, ping)) === true;
  } catch (error) {
    if (!isNoReceiver(error)) logError(`asking tab ${tabId} for its guide`, error);
    return false;
  }
}
