import { expect, test, type DriverPage } from './support';
import { pollUntil } from './support/poll';
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
    expect(await liveRegionText(page)).toBe(`Step 1 of 15: ${titleOf('open-user-menu')}`);
    await clickStepTarget(page, 'open-user-menu');
    await expectStep(page, 'open-settings');
    expect(await page.ui.dialogName()).toBe(titleOf('open-settings'));
    expect(titleOf('open-settings')).not.toBe(titleOf('open-user-menu'));
    expect(await liveRegionText(page)).toBe(`Step 2 of 15: ${titleOf('open-settings')}`);
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

  test('keeps the spotlight on its target and the callout beside it through scrolling and layout shifts', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/profile');
    // Room below the sidebar (Developer settings is below the fold, as on github.com): neither the guide's
    // centring nor the scroll below meets the page's end.
    await page.evaluate(() => (document.body.style.paddingBottom = '3000px'));
    await startFromPopup(driver, page);
    await expectStep(page, 'open-developer-settings');
    const target = `[${MARKER}="open-developer-settings"]`;
    // Settled: the same geometry twice in a row (lazy fragments and smooth scrolling have finished).
    let previous = '';
    const settled = (what: string) =>
      pollUntil(
        async () => {
          const now = await page.evaluate(spotlightGeometry, target);
          const same = JSON.stringify(now) === previous;
          previous = JSON.stringify(now);
          return same ? now : undefined;
        },
        { what: () => what },
      );
    const before = await settled('the page to settle');
    const scrollY = () => page.evaluate(() => window.scrollY);
    const beforeY = before.target.top + (await scrollY());
    expectAnchored(before);

    // GitHub inserting a banner above the sidebar moves the target without any scroll or resize.
    // (Scroll anchoring is off so the browser does not scroll to compensate.)
    await page.evaluate(() => {
      for (const root of [document.documentElement, document.body]) root.style.overflowAnchor = 'none';
      document.body.prepend(Object.assign(document.createElement('div'), { style: 'height: 90px' }));
    });
    const shifted = await settled('the page to settle after the banner');
    // In the page, not the viewport: Firefox may scroll to compensate (scroll anchoring) where Chromium does not.
    expect(shifted.target.top + (await scrollY())).toBeCloseTo(beforeY + 90, 0);
    expectAnchored(shifted);

    await page.evaluate(() => window.scrollBy(0, 240));
    const scrolled = await settled('the page to settle after scrolling');
    expect(scrolled.target.top).toBeCloseTo(shifted.target.top - 240, 0);
    expectAnchored(scrolled);
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

type Box = { left: number; top: number; right: number; bottom: number };

/** Runs in the page: the boxes of the current step's target, the spotlight ring and the callout. */
function spotlightGeometry(targetSelector: string): { target: Box; ring: Box; card: Box; viewport: Box } {
  const box = (el: Element): Box => {
    const { left, top, right, bottom } = el.getBoundingClientRect();
    return { left, top, right, bottom };
  };
  // The ring's own geometry: browsers differ on whether a bounding box includes the stroke.
  const ringBox = (ring: SVGRectElement): Box => {
    const svg = ring.ownerSVGElement!.getBoundingClientRect();
    const [x, y, width, height] = (['x', 'y', 'width', 'height'] as const).map((name) => Number(ring.getAttribute(name))) as [number, number, number, number];
    return { left: svg.left + x, top: svg.top + y, right: svg.left + x + width, bottom: svg.top + y + height };
  };
  const root = document.querySelector('pat-pilot-ui')!.shadowRoot!;
  const viewport = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: document.documentElement.clientHeight };
  return {
    target: box(document.querySelector(targetSelector)!),
    ring: ringBox(root.querySelector<SVGRectElement>('.spotlight-ring')!),
    card: box(root.querySelector('[role="dialog"]')!),
    viewport,
  };
}

/** The ring surrounds the target (6 px padding, 1 px rounding) and the callout sits beside it on screen. */
function expectAnchored({ target, ring, card, viewport }: ReturnType<typeof spotlightGeometry>): void {
  expect(Math.abs(ring.left - (target.left - 6))).toBeLessThanOrEqual(1);
  expect(Math.abs(ring.top - (target.top - 6))).toBeLessThanOrEqual(1);
  expect(Math.abs(ring.bottom - (target.bottom + 6))).toBeLessThanOrEqual(1);
  const overlaps = card.left < target.right && target.left < card.right && card.top < target.bottom && target.top < card.bottom;
  expect(overlaps, 'callout beside its target, not over it').toBe(false);
  expect(card.left).toBeGreaterThanOrEqual(viewport.left);
  expect(card.right).toBeLessThanOrEqual(viewport.right);
  expect(card.top).toBeGreaterThanOrEqual(viewport.top);
  expect(card.bottom).toBeLessThanOrEqual(viewport.bottom);
}
