import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { DriverPage } from './support';
import { openPlaywrightSession, type PlaywrightSession } from './support/playwright-session';
import { clickStepTarget, expectStep, marked, walkForm, walkToForm } from './guide/walk';

/**
 * The README's pictures, taken from a real walk (Chromium, e2e build, today's GitHub layout) and
 * written to docs/screenshots/ on every run, so they show the guide as it is. At each key step
 * the callout must sit inside the window and beside its target, never on top of it; a target
 * taller than half the window (the scope list) gets the callout docked in a corner instead.
 */
const DIR = path.resolve('docs/screenshots');
/** The toolbar popup's width (its body is 360px wide). */
const POPUP_VIEWPORT = { width: 360, height: 600 };

test.skip(({ browserName }) => browserName !== 'chromium', 'pictures are taken in Chromium');

let session: PlaywrightSession;
test.beforeEach(async () => {
  session = await openPlaywrightSession({ existingNotes: ['laptop', 'ci'] });
});
test.afterEach(async () => session.close());

test('pictures of the guide at its key steps', async () => {
  const github = await session.context.newPage();
  const page = session.driverPage(github);
  await page.goto('https://github.com/');
  const popup = await session.popup();
  await startGuide(session.driverPage(popup), page);

  await clickStepTarget(page, 'open-user-menu');
  await picture(github, 'open-settings', 'profile-menu');
  await clickStepTarget(page, 'open-settings');
  await picture(github, 'open-developer-settings', 'developer-settings');
  await clickStepTarget(page, 'open-developer-settings');
  await clickStepTarget(page, 'open-tokens-classic');
  await clickStepTarget(page, 'open-generate-menu');
  await clickStepTarget(page, 'choose-classic');

  await expectStep(page, 'fill-note');
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.reload();
  await session.driverPage(popup).waitFor({ role: 'button', name: 'Start over' });
  await popup.screenshot({ path: path.join(DIR, 'popup.png'), fullPage: true });

  await walkToReview(page);
  await picture(github, 'review-scopes', 'form-review');
  await page.ui.clickButton('Next');
  await clickStepTarget(page, 'generate-token');
  await picture(github, 'copy-token', 'copy-reminder');
  expect(session.log.blockedRequests).toEqual([]);
});

test('pictures after the token: single sign-on, renewal, another app\'s link', async () => {
  await session.close();
  session = await openPlaywrightSession({ existingNotes: ['laptop', 'ci'], sso: 'two' });
  const github = await session.context.newPage();
  const page = session.driverPage(github);
  await page.goto('https://github.com/');
  const popup = await session.popup();
  await startGuide(session.driverPage(popup), page);
  await walkToForm(page);
  await walkForm(page);
  await clickStepTarget(page, 'copy-token');
  await expectStep(page, 'store-token', { marks: false });
  await page.ui.clickButton('Next');
  await clickStepTarget(page, 'authorize-sso');
  await page.ui.waitForText('This menu lists: acme, globex.');
  await picture(github, 'authorize-sso', 'sso-authorize');
  await page.ui.clickButton('Finish');

  // "Renew a token" from the popup: the user picks the token, PAT Pilot leads to GitHub's regenerate form.
  await popup.reload();
  await session.driverPage(popup).click({ role: 'button', name: 'Renew a token' });
  const renewal = await newTab(github, 'https://github.com/settings/tokens');
  const renewing = session.driverPage(renewal);
  await expectStep(renewing, 'open-token');
  await renewing.click({ role: 'link', name: 'ci' });
  await clickStepTarget(renewing, 'open-regenerate');
  await expectStep(renewing, 'choose-expiration');
  await renewing.ui.clickButton('Next');
  await picture(renewal, 'confirm-regenerate', 'renew-regenerate');

  // Another app's prefill link, without a guide: the review in place of the preset offer.
  await renewing.ui.clickButton('Close');
  const link = await session.context.newPage();
  await link.goto('https://github.com/settings/tokens/new?scopes=repo,admin:org,delete_repo&description=Deploy%20bot&default_expires_at=none');
  await session.driverPage(link).ui.waitFor({ role: 'dialog', name: 'Review what this link asks for' });
  await session.driverPage(link).waitForDomIdle();
  await link.mouse.move(link.viewportSize()!.width - 1, link.viewportSize()!.height - 1);
  await link.screenshot({ path: path.join(DIR, 'prefill-review.png') });
  expect(session.log.blockedRequests).toEqual([]);
});

/** The tab the extension opened at `url` (not `earlier`, which may show the same URL). */
async function newTab(earlier: Page, url: string): Promise<Page> {
  const opened = () => session.context.pages().find((tab) => tab !== earlier && tab.url() === url);
  await expect.poll(() => !!opened()).toBe(true);
  return opened()!;
}

/** As a user would: GitHub's tab active, "Start guide" in the popup. */
async function startGuide(popup: DriverPage, page: DriverPage): Promise<void> {
  await popup.waitFor({ role: 'button', name: 'Start guide' });
  await page.bringToFront();
  await popup.click({ role: 'button', name: 'Start guide' });
  await page.bringToFront();
}

async function walkToReview(page: DriverPage): Promise<void> {
  await page.ui.clickButton('Next');
  await expectStep(page, 'choose-expiration');
  await page.ui.clickButton('Next');
  await expectStep(page, 'review-scopes');
}

/** Writes docs/screenshots/<name>.png at step `id`, then checks the callout's place in it. */
async function picture(github: Page, id: string, name: string): Promise<void> {
  await expectStep(session.driverPage(github), id);
  // The pointer leaves the control it clicked, as a person's does: GitHub shows tooltips on hover.
  const viewport = github.viewportSize()!;
  await github.mouse.move(viewport.width - 1, viewport.height - 1);
  await github.screenshot({ path: path.join(DIR, `${name}.png`) });
  const { card, target } = await github.evaluate(placement, marked(id));
  expect(card.left, `${name}: callout inside the window`).toBeGreaterThanOrEqual(0);
  expect(card.top).toBeGreaterThanOrEqual(0);
  expect(card.right).toBeLessThanOrEqual(viewport.width);
  expect(card.bottom).toBeLessThanOrEqual(viewport.height);
  const docked = target.bottom - target.top > viewport.height / 2;
  if (!docked) expect(overlaps(card, target), `${name}: callout beside its target, not over it`).toBe(false);
}

type Box = { left: number; top: number; right: number; bottom: number };

/** Runs in the page: the boxes of the callout and of its target. */
function placement(targetSelector: string) {
  const box = (el: Element): Box => {
    const { left, top, right, bottom } = el.getBoundingClientRect();
    return { left, top, right, bottom };
  };
  const card = document.querySelector('pat-pilot-ui')!.shadowRoot!.querySelector('[role="dialog"]')!;
  return { card: box(card), target: box(document.querySelector(targetSelector)!) };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
