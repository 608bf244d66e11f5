import { browser } from '#imports';
import { logError } from '../log';
import { GITHUB_MATCH } from '../github/urls';
import type { TabMessage } from '../guide/snapshot';
import { isNoReceiver } from './tab-messages';

/**
 * The guide script runs on github.com only while a guide needs it: registered when a guide starts,
 * unregistered when it ends. The registration persists across browser restarts, and is checked
 * again whenever the background starts, so a guide left open resumes on the next page load.
 */
const GUIDE_SCRIPT_ID = 'pat-pilot-guide';
/** Where WXT writes the guide script (entrypoints/guide, an unlisted script). */
export const GUIDE_SCRIPT_FILE = 'guide.js';

export async function syncGuideScript(active: boolean): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [GUIDE_SCRIPT_ID] });
  if (active && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      { id: GUIDE_SCRIPT_ID, matches: [GITHUB_MATCH], js: [GUIDE_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if (!active && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [GUIDE_SCRIPT_ID] });
  }
}

/** github.com tabs open before the guide started get the script now; a tab already running it is left alone. */
export async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: GITHUB_MATCH });
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
    // A tab that closed or left github.com meanwhile: nothing to do there.
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
