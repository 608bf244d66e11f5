import { launchBenchChromium, type BenchBrowser } from './chromium';
import type { CDPSession } from '@playwright/test';
import { countObjects, readMetrics, trackWorlds, type WorldContext } from './cdp';
import { median, round } from './stats';

const DASHBOARD = 'https://github.com/';
const LOADS = 4;
/** The content script starts at document_idle and reads storage once: it is done well within this. */
const SETTLE_MS = 1000;
const IDLE_WINDOW_MS = 2000;
const OBSERVERS = ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const;

export interface IdleLoad {
  /** Nodes in the document, open shadow roots included. */
  domNodes: number;
  /** Live observer objects per world, e.g. { 'extension:MutationObserver': 0 }. */
  observers: Record<string, number>;
  extensionWorld: boolean;
  /** ScriptDuration (ms) from navigation to SETTLE_MS after load, and during the next IDLE_WINDOW_MS. */
  loadScriptMs: number;
  idleScriptMs: number;
  listeners: number;
}

export interface IdleFigures {
  page: string;
  loads: number;
  /** Counts from the last load (they do not vary between loads), script times as medians. */
  with: IdleLoad;
  without: IdleLoad;
}

/** The dashboard with no guide active, with and without the extension, loads alternating. */
export async function measureIdle(extensionDir: string): Promise<IdleFigures> {
  const withExtension = await launchBenchChromium(extensionDir);
  const without = await launchBenchChromium();
  try {
    const runs: { with: IdleLoad[]; without: IdleLoad[] } = { with: [], without: [] };
    for (let i = 0; i < LOADS; i++) {
      runs.with.push(await measureLoad(withExtension));
      runs.without.push(await measureLoad(without));
    }
    // Without the extension's isolated world the comparison would say nothing.
    if (!runs.with.every((load) => load.extensionWorld)) throw new Error('the content script did not run on the dashboard');
    return { page: DASHBOARD, loads: LOADS, with: summarize(runs.with), without: summarize(runs.without) };
  } finally {
    await Promise.all([withExtension.close(), without.close()]);
  }
}

async function measureLoad(browser: BenchBrowser): Promise<IdleLoad> {
  const page = await browser.newPage();
  const cdp = await browser.cdp(page);
  const worlds = trackWorlds(cdp);
  await cdp.send('Performance.enable');
  await page.goto(DASHBOARD, { waitUntil: 'load' });
  await cdp.send('Runtime.enable');
  await page.waitForTimeout(SETTLE_MS);
  const loaded = await readMetrics(cdp);
  await page.waitForTimeout(IDLE_WINDOW_MS);
  const idle = await readMetrics(cdp);
  const result = {
    domNodes: await page.evaluate(countNodes),
    observers: await countObservers(cdp, worlds),
    extensionWorld: worlds.some((w) => w.world === 'extension'),
    loadScriptMs: loaded.ScriptDuration! * 1000,
    idleScriptMs: (idle.ScriptDuration! - loaded.ScriptDuration!) * 1000,
    listeners: idle.JSEventListeners!,
  };
  await page.close();
  return result;
}

async function countObservers(cdp: CDPSession, worlds: readonly WorldContext[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { id, world } of worlds) {
    for (const name of OBSERVERS) counts[`${world}:${name}`] = (counts[`${world}:${name}`] ?? 0) + (await countObjects(cdp, id, name));
  }
  return counts;
}

function summarize(loads: IdleLoad[]): IdleLoad {
  const last = loads.at(-1)!;
  return {
    ...last,
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
