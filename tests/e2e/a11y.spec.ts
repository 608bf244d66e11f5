import { test } from '@playwright/test';
import { expectCalloutAccessible, expectPageAccessible, GITHUB_THEMES, githubWithTheme, startGuide, type ThemeName } from './a11y/checks';
import { clickStepTarget, expectStep, walkToForm } from './guide/walk';
import { openPlaywrightSession, type PlaywrightSession } from './support/playwright-session';

/**
 * axe-core finds nothing on the popup, the options page and the in-page callout, in light and
 * dark (the extension pages follow the browser's scheme; the callout follows GitHub's colour
 * mode, dimmed included), and a keyboard alone reaches every control, each with a visible focus
 * ring. Chromium: axe runs through Playwright.
 */
test.skip(({ browserName }) => browserName !== 'chromium', 'axe runs through Playwright in Chromium');

let session: PlaywrightSession | undefined;
test.afterEach(async () => session?.close());

for (const colorScheme of ['light', 'dark'] as const) {
  test(`popup, before and during a guide (${colorScheme})`, async () => {
    session = await openPlaywrightSession();
    const popup = await session.popup();
    await popup.emulateMedia({ colorScheme });
    await popup.getByRole('button', { name: 'Start guide' }).waitFor();
    await expectPageAccessible(popup, 'popup before a guide');

    const github = await session.context.newPage();
    await github.goto('https://github.com/');
    await github.bringToFront();
    await popup.getByRole('button', { name: 'Start guide' }).click();
    await popup.getByRole('button', { name: 'Start over' }).waitFor();
    await expectPageAccessible(popup, 'popup during a guide');
  });

  test(`options page, recommended and custom scopes (${colorScheme})`, async () => {
    session = await openPlaywrightSession();
    const options = await session.openExtensionPage('options.html');
    await options.emulateMedia({ colorScheme });
    await options.getByRole('button', { name: 'Save' }).waitFor();
    await expectPageAccessible(options, 'options');
    await options.locator('input[name="preset"][value="custom"]').check();
    await expectPageAccessible(options, 'options with custom scopes');
  });
}

for (const theme of Object.keys(GITHUB_THEMES) as ThemeName[]) {
  test(`callout on GitHub's ${theme} theme: first step, scope review, store card`, async () => {
    session = await openPlaywrightSession();
    const github = await githubWithTheme(session, theme);
    const page = session.driverPage(github);
    await startGuide(session, github);
    await expectStep(page, 'open-user-menu');
    await expectCalloutAccessible(github, theme, 'first step');
    await walkToForm(page);
    for (const step of ['fill-note', 'choose-expiration']) {
      await expectStep(page, step);
      await page.ui.clickButton('Next');
    }
    await expectStep(page, 'review-scopes');
    await expectCalloutAccessible(github, theme, 'scope review');
    await page.ui.clickButton('Next');
    await clickStepTarget(page, 'generate-token');
    await clickStepTarget(page, 'copy-token');
    await expectStep(page, 'store-token', { marks: false });
    await expectCalloutAccessible(github, theme, 'store card');
  });

  test(`recovery card (target missing, with a direct link) on GitHub's ${theme} theme`, async () => {
    session = await openPlaywrightSession({ missing: ['user-menu'] });
    const github = await githubWithTheme(session, theme);
    await startGuide(session, github);
    // The guide waits its recovery delay (10 s) before saying it cannot find the menu.
    await github.locator('pat-pilot-ui .recovery-link').waitFor({ timeout: 20_000 });
    await expectCalloutAccessible(github, theme, 'recovery card');
  });
}
