import { launchBenchChromium } from './chromium';
import { median, round } from './stats';

const LOADS = 10;

export interface PopupFigures {
  loads: number;
  /** Median ms from navigation start: Preact's first render into #app, the first contentful paint
   *  (the HTML itself has no content, so this is the rendered popup), and all sections drawn. */
  firstRenderMs: number;
  firstContentfulPaintMs: number;
  completeMs: number;
}

/** popup.html in a tab (headless Chromium has no toolbar), loaded LOADS times. */
export async function measurePopup(extensionDir: string): Promise<PopupFigures> {
  const browser = await launchBenchChromium(extensionDir);
  try {
    const page = await browser.newPage();
    await page.addInitScript(recordRenders);
    const samples: Array<{ render: number; paint: number; complete: number }> = [];
    for (let i = 0; i < LOADS; i++) {
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`, { waitUntil: 'load' });
      await page.getByRole('button', { name: 'Open the prefilled form' }).waitFor();
      samples.push(await page.evaluate(readRenders));
    }
    return {
      loads: LOADS,
      firstRenderMs: round(median(samples.map((s) => s.render))),
      firstContentfulPaintMs: round(median(samples.map((s) => s.paint))),
      completeMs: round(median(samples.map((s) => s.complete))),
    };
  } finally {
    await browser.close();
  }
}

/** Runs at document start of the popup: notes when #app gets content and when the last section appears. */
function recordRenders(): void {
  const marks: Record<string, number> = {};
  (globalThis as unknown as { __renders: Record<string, number> }).__renders = marks;
  new MutationObserver((_, observer) => {
    const app = document.getElementById('app');
    if (app?.firstChild) marks.render ??= performance.now();
    if (document.querySelector('.fast-path button')) {
      marks.complete = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
}

async function readRenders(): Promise<{ render: number; paint: number; complete: number }> {
  const marks = (globalThis as unknown as { __renders: Record<string, number> }).__renders;
  const fcp = await new Promise<number>((resolve) =>
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) (observer.disconnect(), resolve(entry.startTime));
    }).observe({ type: 'paint', buffered: true }),
  );
  return { render: marks.render ?? Number.NaN, paint: fcp, complete: marks.complete ?? Number.NaN };
}
