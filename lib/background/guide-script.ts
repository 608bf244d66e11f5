import { browser } from '#imports';
import { logError } from '../log';
import { GITHUB_MATCH, originMatch } from '../github/urls';
import type { TabMessage } from '../guide/snapshot';
import { grantedHosts } from '../hosts';
import { DEFAULT_TOKEN_KIND, type TokenKind } from '../token-kinds';
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
 * The fine-grained guide (entrypoints/fine-grained-guide), a script of its own so that neither guide carries the
 * other's tour. Only one of the two is registered at a time, under the same id: the one the guide state's kind names.
 */
export const FINE_GRAINED_GUIDE_SCRIPT_FILE = 'fine-grained-guide.js';
export type GuideScriptFile = typeof GUIDE_SCRIPT_FILE | typeof FINE_GRAINED_GUIDE_SCRIPT_FILE;

/** What decides the script: whether a guide runs, and for which kind of token (none stored: classic). */
export interface GuideScriptNeed {
  active: boolean;
  tokenKind?: TokenKind;
}

export function guideScriptFile(kind: TokenKind = DEFAULT_TOKEN_KIND): GuideScriptFile {
  return kind === 'fine-grained' ? FINE_GRAINED_GUIDE_SCRIPT_FILE : GUIDE_SCRIPT_FILE;
}

/** The script a guide state needs registered: none without a guide. */
export function neededScript({ active, tokenKind }: GuideScriptNeed): GuideScriptFile | undefined {
  return active ? guideScriptFile(tokenKind) : undefined;
}
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

export async function syncGuideScript({ active, tokenKind }: GuideScriptNeed): Promise<void> {
  const hosts = await grantedHosts();
  await syncRegistration(GUIDE_SCRIPT_ID, guideScriptFile(tokenKind), active ? pageMatches(hosts) : []);
  await syncRegistration(HOST_STUB_ID, SETTINGS_STUB_FILE, hosts.map((origin) => `${origin}/settings/*`));
}

/**
 * Registers `file` for exactly `matches` (none: unregistered), touching nothing that is already so; another file
 * under the same id (the guide of the other kind) is replaced.
 */
async function syncRegistration(id: string, file: string, matches: string[]): Promise<void> {
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered && sameItems(registered.matches ?? [], matches) && (matches.length === 0 || sameItems(registered.js ?? [], [file]))) return;
  if (registered) await browser.scripting.unregisterContentScripts({ ids: [id] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([{ id, matches, js: [file], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/**
 * Tabs open before the guide started get the script of the guide's kind now; a tab already running that one is
 * left alone. A tab running the other kind's script gets this one too: the other stops itself on the snapshot of
 * a guide that is not its kind.
 */
export async function injectIntoOpenTabs({ tokenKind }: GuideScriptNeed): Promise<void> {
  const tabs = await browser.tabs.query({ url: await guidePageMatches() });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectGuideScript(tab.id, tokenKind))));
}

export async function injectGuideScript(tabId: number, kind: TokenKind = DEFAULT_TOKEN_KIND): Promise<void> {
  const file = guideScriptFile(kind);
  if ((await runningScript(tabId)) !== file) await inject(tabId, file);
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

/** Where WXT writes the preset offer (entrypoints/preset-offer, an unlisted script). */
export const PRESET_OFFER_FILE = 'preset-offer.js';

/** The preset offer is a script of its own, injected only on the new-token form without a guide, as the review is. */
export function injectPresetOffer(tabId: number): Promise<void> {
  return inject(tabId, PRESET_OFFER_FILE);
}

async function inject(tabId: number, file: GuideScriptFile | typeof PREFILL_REVIEW_FILE | typeof PRESET_OFFER_FILE): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${file}` as const] });
  } catch (error) {
    // A tab that closed or left GitHub meanwhile: nothing to do there.
    logError(`injecting ${file} into tab ${tabId}`, error);
  }
}

/**
 * The guide script running in the tab, by its answer to the ping: its file name (`true` from a guide script that
 * does not name itself: the classic one). One left behind by an older version of the extension cannot answer.
 */
async function runningScript(tabId: number): Promise<GuideScriptFile | undefined> {
  const ping: TabMessage = { type: 'guide-ping' };
  try {
    return scriptOfPingAnswer(await browser.tabs.sendMessage(tabId, ping));
  } catch (error) {
    if (!isNoReceiver(error)) logError(`asking tab ${tabId} for its guide`, error);
    return undefined;
  }
}

export function scriptOfPingAnswer(answer: unknown): GuideScriptFile | undefined {
  if (answer === true || answer === GUIDE_SCRIPT_FILE) return GUIDE_SCRIPT_FILE;
  return answer === FINE_GRAINED_GUIDE_SCRIPT_FILE ? answer : undefined;
}
