import { launchBenchChromium, type BenchBrowser } from './chromium';
import type { CDPSession } from '@playwright/test';
import { countObjects, readMetrics, trackWorlds, type WorldContext } from './cdp';
import { traceExtensionScripts } from './trace';
import { median, round } from './stats';

/** The pages measured with no guide active; the replica's repository page is the signed-in user's. */
export const IDLE_PAGES = [
  { name: 'dashboard', url: 'https://github.com/', note: '' },
  { name: 'repository', url: 'https://github.com/octocat/hello-world', note: "the replica's repository page" },
  { name: 'settings/profile', url: 'https://github.com/settings/profile', note: 'the settings stub runs here' },
] as const;

export type IdlePage = (typeof IDLE_PAGES)[number];

const LOADS = 4;
/** Manifest scripts start at document_idle; the stub is done within microseconds, the margin is for the page. */
const SETTLE_MS = 500;
const IDLE_WINDOW_MS = 1000;
const OBSERVERS = ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const;

export interface IdleLoad {
  /** Nodes in the document, open shadow roots included. */
  domNodes: number;
  /** Live observer objects per world, e.g. { 'extension:MutationObserver': 0 }. */
  observers: Record<string, number>;
  /** The extension's isolated worlds in the top frame, and the scripts parsed in them. */
  extensionWorlds: number;
  extensionScripts: string[];
  /** Time (ms) running the extension's scripts, from the timeline trace of the whole load and idle window. */
  extensionScriptMs: number;
  /** ScriptDuration (ms) from navigation to SETTLE_MS after load, and during the next IDLE_WINDOW_MS. */
  loadScriptMs: number;
  idleScriptMs: number;
  listeners: number;
}

export interface IdleFigures {
  name: string;
  page: string;
  note: string;
  loads: number;
  idleWindowMs: number;
  /** Counts as the largest of the loads (they do not vary between loads), script times as medians. */
  with: IdleLoad;
  without: IdleLoad;
}

/** Each page with no guide active, with and without the extension, loads alternating. */
export async function measureIdle(extensionDir: string, pages: readonly IdlePage[] = IDLE_PAGES, loads = LOADS): Promise<IdleFigures[]> {
  const withExtension = await launchBenchChromium(extensionDir);
  const without = await launchBenchChromium();
  try {
    const figures: IdleFigures[] = [];
    for (const { name, url, note } of pages) {
      const runs: { with: IdleLoad[]; without: IdleLoad[] } = { with: [], without: [] };
      // Which browser loads first swaps every round: the first load of a pair ran measurably slower.
      for (let i = 0; i < loads; i++) {
        const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
        for (const side of order) runs[side].push(await measureLoad(side === 'with' ? withExtension : without, url));
      }
      figures.push({ name, page: url, note, loads, idleWindowMs: IDLE_WINDOW_MS, with: summarize(runs.with), without: summarize(runs.without) });
    }
    return figures;
  } finally {
    await Promise.all([withExtension.close(), without.close()]);
  }
}

async function measureLoad(browser: BenchBrowser, url: string): Promise<IdleLoad> {
  const page = await browser.newPage();
  const cdp = await browser.cdp(page);
  const worlds = trackWorlds(cdp);
  await cdp.send('Performance.enable');
  const trace = await traceExtensionScripts(cdp);
  const response = await page.goto(url, { waitUntil: 'load' });
  // A page the replica does not serve would measure its "Page not found" instead.
  if (!response?.ok()) throw new Error(`the replica answered ${url} with ${response?.status() ?? 'nothing'}`);
  await cdp.send('Runtime.enable');
  await page.waitForTimeout(SETTLE_MS);
  const loaded = await readMetrics(cdp);
  await page.waitForTimeout(IDLE_WINDOW_MS);
  const idle = await readMetrics(cdp);
  const extensionScriptMs = await trace.stop();
  const extensionWorlds = worlds.filter((w) => w.world === 'extension');
  const result = {
    domNodes: await page.evaluate(countNodes),
    observers: await countObservers(cdp, worlds),
    extensionWorlds: extensionWorlds.length,
    // After the timings: enabling the debugger costs script time, and it reports every script already parsed.
    extensionScripts: await parsedScripts(cdp, new Set(extensionWorlds.map((w) => w.id))),
    extensionScriptMs,
    loadScriptMs: loaded.ScriptDuration! * 1000,
    idleScriptMs: (idle.ScriptDuration! - loaded.ScriptDuration!) * 1000,
    listeners: idle.JSEventListeners!,
  };
  await page.close();
  return result;
}

/** Scripts parsed in the given worlds or loaded from the extension, by URL. */
async function parsedScripts(cdp: CDPSession, contexts: ReadonlySet<number>): Promise<string[]> {
  const scripts: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url, executionContextId }) => {
    if (contexts.has(executionContextId) || url.startsWith('chrome-extension://')) scripts.push(url.replace(/^chrome-extension:\/\/[^/]+/, '') || '(inline)');
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.disable');
  return scripts;
}

async function countObservers(cdp: CDPSession, worlds: readonly WorldContext[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { id, world } of worlds) {
    for (const name of OBSERVERS) counts[`${world}:${name}`] = (counts[`${world}:${name}`] ?? 0) + (await countObjects(cdp, id, name));
  }
  return counts;
}

function summarize(loads: IdleLoad[]): IdleLoad {
  const most = (pick: (load: IdleLoad) => number) => Math.max(...loads.map(pick));
  const keys = new Set(loads.flatMap((l) => Object.keys(l.observers)));
  const observers = Object.fromEntries([...keys].map((key) => [key, most((l) => l.observers[key] ?? 0)]));
  return {
    domNodes: most((l) => l.domNodes),
    observers,
    extensionWorlds: most((l) => l.extensionWorlds),
    extensionScripts: [...new Set(loads.flatMap((l) => l.extensionScripts))],
    listeners: most((l) => l.listeners),
    extensionScriptMs: round(median(loads.map((l) => l.extensionScriptMs)), 2),
    loadScriptMs: round(median(loads.map((l) => l.loadScriptMs))),
    idleScriptMs: round(median(loads.map((l) => l.idleScriptMs))),
  };
}

/** Runs in the page. */
function countNodes(): number {
  const count = (root: Node): number => {
    let total = 1;
    for (const child of root.childNodes) total += count(child);
    const shadow = (root as Element).shadowRoot;
    return shadow ? total + count(shadow) : total;
  };
  return count(document);
}
