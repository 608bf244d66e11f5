import { launchBenchChromium } from './chromium';
import { countObjects, trackWorlds } from './cdp';
import { probeHighlight } from './latency-probe';
import { median, percentile, round } from './stats';

const STEP = 'open-user-menu';
const TRIALS = 60;

export interface LatencyFigures {
  page: string;
  step: string;
  trials: number;
  placedMs: { median: number; p95: number; max: number };
  /** Trials whose ring was in place in the first frame that painted the inserted element. */
  sameFrame: number;
  /** Control for the idle figures: the same count taken while a guide is active. */
  activeExtensionMutationObservers: number;
}

/** The dashboard with the guide at its first step (started as the popup starts it). */
export async function measureLatency(extensionDir: string): Promise<LatencyFigures> {
  const browser = await launchBenchChromium(extensionDir);
  try {
    const page = await browser.newPage();
    await page.goto('https://github.com/', { waitUntil: 'load' });
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.bringToFront();
    // "Start guide" starts in the active tab: the dashboard, brought to the front.
    await popup.getByRole('button', { name: 'Start guide' }).click();
    await popup.close();
    await page.locator(`[data-pat-pilot-step="${STEP}"]`).waitFor({ state: 'attached' });
    const cdp = await browser.cdp(page);
    const worlds = trackWorlds(cdp);
    await cdp.send('Runtime.enable');
    let observers = 0;
    for (const { id } of worlds.filter((w) => w.world === 'extension')) observers += await countObjects(cdp, id, 'MutationObserver');
    const trials = await page.evaluate(probeHighlight, { step: STEP, trials: TRIALS, timeoutMs: 5000 });
    const summary = (values: number[]) => ({ median: round(median(values)), p95: round(percentile(values, 95)), max: round(Math.max(...values)) });
    return {
      page: 'https://github.com/',
      step: STEP,
      trials: trials.length,
      placedMs: summary(trials.map((t) => t.placedMs)),
      sameFrame: trials.filter((t) => t.sameFrame).length,
      activeExtensionMutationObservers: observers,
    };
  } finally {
    await browser.close();
  }
}
