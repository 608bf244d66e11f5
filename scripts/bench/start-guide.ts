import type { Page } from '@playwright/test';
import { launchBenchChromium, type BenchBrowser } from './chromium';
import { trackWorlds } from './cdp';
import { median, percentile, round } from './stats';

const DASHBOARD = 'https://github.com/';
/** The first step of the tour and the element on the dashboard that carries its marker. */
const FIRST_STEP = 'open-user-menu';
const TRIALS = 20;
export const START_GOAL_MS = 150;
const MARK_TIMEOUT_MS = 10_000;

export interface StartGuideFigures {
  page: string;
  step: string;
  trials: number;
  /** "Start guide" clicked in the popup → the first step's target marked in the already open tab. */
  firstHighlightMs: { median: number; p95: number; min: number; max: number };
  /** Every trial in order, ms. */
  samples: number[];
  goalMs: number;
  goalMet: boolean;
}

type Timed = typeof globalThis & { __patPilotBench?: Promise<number> | number };

/**
 * Each trial: a fresh dashboard tab opened while no guide runs (the guide script neither registered
 * nor in the tab), the popup in another tab, the dashboard made the active tab, "Start guide"
 * clicked. Both pages read one clock, performance.timeOrigin + performance.now(): the popup at the
 * click event, the dashboard when a MutationObserver sees the marker. The callout's Close ends the guide.
 */
export async function measureStartGuide(extensionDir: string): Promise<StartGuideFigures> {
  const browser = await launchBenchChromium(extensionDir);
  try {
    const popup = await browser.newPage();
    const samples: number[] = [];
    for (let i = 0; i < TRIALS; i++) samples.push(await trial(browser, popup));
    return {
      page: DASHBOARD,
      step: FIRST_STEP,
      trials: samples.length,
      firstHighlightMs: { median: round(median(samples)), p95: round(percentile(samples, 95)), min: round(Math.min(...samples)), max: round(Math.max(...samples)) },
      samples: samples.map((ms) => round(ms)),
      goalMs: START_GOAL_MS,
      goalMet: median(samples) <= START_GOAL_MS,
    };
  } finally {
    await browser.close();
  }
}

async function trial(browser: BenchBrowser, popup: Page): Promise<number> {
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const start = popup.getByRole('button', { name: 'Start guide' });
  await start.waitFor();
  if ((await registeredScripts(popup)) > 0) throw new Error('the guide script is still registered before a trial');
  const dashboard = await browser.newPage();
  await dashboard.goto(DASHBOARD, { waitUntil: 'load' });
  await expectNoGuideScript(browser, dashboard);
  await dashboard.evaluate(watchForMarker, FIRST_STEP);
  await dashboard.bringToFront();
  await popup.evaluate(noteClick);
  await start.click();
  const marked = await dashboard.evaluate(({ timeoutMs }) => {
    const pending = (globalThis as Timed).__patPilotBench!;
    return Promise.race([pending, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no marker within ${timeoutMs} ms`)), timeoutMs))]);
  }, { timeoutMs: MARK_TIMEOUT_MS });
  const clicked = await popup.evaluate(() => (globalThis as Timed).__patPilotBench as number);
  await endGuide(dashboard, popup);
  await dashboard.close();
  return marked - clicked;
}

/** The tab must not run the guide script yet: no isolated world of the extension in it. */
async function expectNoGuideScript(browser: BenchBrowser, page: Page): Promise<void> {
  const cdp = await browser.cdp(page);
  const worlds = trackWorlds(cdp);
  await cdp.send('Runtime.enable');
  const running = worlds.some((w) => w.world === 'extension');
  await cdp.detach();
  if (running) throw new Error('the fresh dashboard tab already runs an extension script');
}

/** The callout's Close (in the open shadow root of <pat-pilot-ui>) ends the guide; then it is unregistered. */
async function endGuide(dashboard: Page, popup: Page): Promise<void> {
  await dashboard.locator('pat-pilot-ui').getByRole('button', { name: 'Close', exact: true }).click();
  await dashboard.locator('pat-pilot-ui').waitFor({ state: 'detached' });
  // The background unregisters after it stored the ended guide; a few round trips at most.
  for (let wait = 0; (await registeredScripts(popup)) > 0; wait++) {
    if (wait > 100) throw new Error('the guide script stayed registered after the guide ended');
    await popup.waitForTimeout(20);
  }
}

/** Asked from the popup, an extension page with the `scripting` permission. */
function registeredScripts(popup: Page): Promise<number> {
  return popup.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } };
    return (await chrome.scripting.getRegisteredContentScripts()).length;
  });
}

/** Runs in the dashboard's main world: resolves with the time the first step's marker appears. */
function watchForMarker(step: string): void {
  const now = () => performance.timeOrigin + performance.now();
  (globalThis as Timed).__patPilotBench = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(`[data-pat-pilot-step="${step}"]`)) return;
      resolve(now());
      observer.disconnect();
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-pat-pilot-step'] });
  });
}

/** Runs in the popup: the time of the next click, as its event reaches the window. */
function noteClick(): void {
  window.addEventListener('click', () => void ((globalThis as Timed).__patPilotBench = performance.timeOrigin + performance.now()), { capture: true, once: true });
}
