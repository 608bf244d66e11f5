import { expect, test, type DriverPage } from './support';
import { domFingerprint } from './support/probes';
import { clickStepTarget, expectStep, MARKER, startFromPopup, titleOf } from './guide/walk';

/** The page as GitHub made it: our host's subtree and our marker attribute taken out. */
async function githubsOwnDom(page: DriverPage): Promise<string[]> {
  const lines = await domFingerprint(page);
  const kept: string[] = [];
  let hostDepth = -1;
  for (const line of lines) {
    const depth = line.length - line.trimStart().length;
    if (hostDepth >= 0 && depth > hostDepth) continue;
    hostDepth = line.trimStart().startsWith('<pat-pilot-ui') ? depth : -1;
    if (hostDepth < 0) kept.push(line.replace(new RegExp(` ${MARKER}="[^"]*"`), ''));
  }
  return kept;
}

function liveRegionText(page: DriverPage): Promise<string> {
  return page.evaluate(() => document.querySelector('pat-pilot-ui')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '');
}

test.describe('the guide on the page', () => {
  test.use({ replica: { header: 'v5', navigation: 'full' } });

  test('leaves no trace but one <pat-pilot-ui> host and the marker', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/profile');
    await page.waitForDomIdle();
    const before = await domFingerprint(page);
    await startFromPopup(driver, page);
    await expectStep(page, 'open-developer-settings');
    expect(await page.ui.hostCount()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('pat-pilot-ui')?.shadowRoot?.mode)).toBe('open');
    expect(await githubsOwnDom(page)).toEqual(before);
  });

  test('each step is a named dialog, announced, with a title of its own', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/');
    await startFromPopup(driver, page);
    await expectStep(page, 'open-user-menu');
    expect(await page.ui.dialogName()).toBe(titleOf('open-user-menu'));
    expect(await liveRegionText(page)).toBe(`Step 1 of 14: ${titleOf('open-user-menu')}`);
    await clickStepTarget(page, 'open-user-menu');
    await expectStep(page, 'open-settings');
    expect(await page.ui.dialogName()).toBe(titleOf('open-settings'));
    expect(titleOf('open-settings')).not.toBe(titleOf('open-user-menu'));
    expect(await liveRegionText(page)).toBe(`Step 2 of 14: ${titleOf('open-settings')}`);
  });

  test('stays above GitHub\'s own popover menu', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/');
    await startFromPopup(driver, page);
    await clickStepTarget(page, 'open-user-menu');
    await expectStep(page, 'open-settings');
    // Make our dimming layer hit-testable for a moment: whichever layer is on top answers elementFromPoint.
    const onTop = await page.evaluate(() => {
      const dim = document.querySelector('pat-pilot-ui')!.shadowRoot!.querySelector<SVGElement>('svg.spotlight')!;
      const item = document.querySelector('[role="menu"] [role="menuitem"]:not([href="/settings/profile"])')!;
      const box = item.getBoundingClientRect();
      dim.style.pointerEvents = 'auto';
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.localName;
      dim.style.pointerEvents = '';
      return hit;
    });
    expect(onTop).toBe('pat-pilot-ui');
    await page.click(`[${MARKER}="open-settings"]`);
    await expectStep(page, 'open-developer-settings');
  });

  for (const [mode, darkTheme, expected] of [
    ['light', 'dark', 'theme-light'],
    ['dark', 'dark', 'theme-dark'],
    ['dark', 'dark_dimmed', 'theme-dimmed'],
  ] as const) {
    test(`follows GitHub's ${mode} mode (${darkTheme})`, async ({ driver }) => {
      const page = await driver.newPage();
      await page.goto('https://github.com/settings/profile');
      await page.evaluate(([m, d]) => {
        document.documentElement.setAttribute('data-color-mode', m);
        document.documentElement.setAttribute('data-dark-theme', d);
      }, [mode, darkTheme] as const);
      await startFromPopup(driver, page);
      await expectStep(page, 'open-developer-settings');
      const root = await page.evaluate(() => document.querySelector('pat-pilot-ui')!.shadowRoot!.querySelector('.root')!.className);
      expect(root).toContain(expected);
    });
  }
});
