import { launchDriver } from '../../tests/e2e/support/driver';
import type { Driver } from '../../tests/e2e/support';
import { expectStep, startFromPopup, walkForm, walkToForm } from '../../tests/e2e/guide/walk';
import { PRESETS } from '@/lib/presets';
import { countingDriver, type Click } from './counting';

export interface ClickFigures {
  path: 'fast' | 'taught';
  clicks: number;
  steps: Click[];
  scopes: string[];
}

/** Headless Chromium has no toolbar: the e2e build opens the popup in a tab, and that click is counted here. */
const TOOLBAR: Click = { where: 'toolbar', what: 'PAT Pilot toolbar button (opens the popup)' };
const RECOMMENDED = [...PRESETS.find((p) => p.id === 'recommended')!.scopes].sort();

/** Toolbar → "Open the prefilled form" → GitHub's "Generate token" on the filled form. */
async function fastPath(driver: Driver): Promise<void> {
  const popup = await driver.popup();
  await popup.click({ role: 'button', name: 'Open the prefilled form' });
  const form = await driver.waitForPage((url) => url.startsWith('https://github.com/settings/tokens/new?'));
  await expectStep(form, 'fill-note');
  await form.click({ role: 'button', name: 'Generate token' });
  await form.waitFor('#new-oauth-token', { state: 'attached' });
}

/** Toolbar → "Start guide" → every step of the tour, with the callout's Next buttons, to "Generate token". */
async function taughtPath(driver: Driver): Promise<void> {
  const page = await driver.newPage();
  await page.goto('https://github.com/');
  await startFromPopup(driver, page);
  await walkToForm(page);
  await walkForm(page);
  await page.waitFor('#new-oauth-token', { state: 'attached' });
}

/** Both walks on today's github.com replica (default layout), each in a fresh browser with the e2e build. */
export async function countClicks(): Promise<ClickFigures[]> {
  const figures: ClickFigures[] = [];
  for (const [path, walk] of [['fast', fastPath], ['taught', taughtPath]] as const) {
    const driver = await launchDriver('chromium');
    try {
      const steps: Click[] = [TOOLBAR];
      await walk(countingDriver(driver, steps));
      const scopes = [...(driver.replica.createdTokens[0]?.scopes ?? [])].sort();
      if (scopes.join() !== RECOMMENDED.join()) throw new Error(`${path} path made a token with ${scopes.join(', ') || 'no scopes'}`);
      figures.push({ path, clicks: steps.length, steps, scopes });
    } finally {
      await driver.close();
    }
  }
  return figures;
}
