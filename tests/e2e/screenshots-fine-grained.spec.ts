import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openPlaywrightSession, type PlaywrightSession } from './support/playwright-session';
import { copyAndFinish, expectStep, marked } from './guide/walk';
import { walkFineGrainedForm, walkToFineGrainedForm } from './guide/walk-fine-grained';

/**
 * The README's pictures of the fine-grained guide, from a real walk (Chromium, e2e build): the popup's "Which
 * kind?" helper recommending a kind, the permissions callout, GitHub's confirmation overlay with its button
 * marked, and the copy step on the result page. Written to docs/screenshots/ on every run.
 */
const DIR = path.resolve('docs/screenshots');
const POPUP_VIEWPORT = { width: 360, height: 600 };

test.skip(({ browserName }) => browserName !== 'chromium', 'pictures are taken in Chromium');

let session: PlaywrightSession;
test.beforeEach(async () => {
  session = await openPlaywrightSession({ sudo: 'same-url', existingFineGrainedNames: ['older'] });
});
test.afterEach(async () => session.close());

test('pictures of the fine-grained guide: which kind, permissions, confirmation, copy', async () => {
  const github = await session.context.newPage();
  const page = session.driverPage(github);
  await page.goto('https://github.com/');

  const popupPage = await session.popup();
  const popup = session.driverPage(popupPage);
  await popupPage.setViewportSize(POPUP_VIEWPORT);
  await popup.click({ role: 'button', name: 'Which kind?' });
  await popup.click('#kind-purpose-https');
  await expect.poll(() => popupPage.locator('.kind-recommendation .recommended').textContent()).toBe('Recommended: Fine-grained token');
  await popupPage.screenshot({ path: path.join(DIR, 'popup-which-kind.png'), fullPage: true });
  await popup.click({ role: 'button', name: 'Use a fine-grained token' });
  await expect.poll(() => popupPage.locator('.start-kind').textContent()).toBe('Start guide makes a fine-grained token.');

  await page.bringToFront();
  await popup.click({ role: 'button', name: 'Start guide' });
  await page.bringToFront();
  await walkToFineGrainedForm(page, { sudo: true });
  await walkFineGrainedForm(page, 'laptop push', {
    permissions: () => picture(github, 'fg-permissions', 'fine-grained-permissions'),
    overlay: () => picture(github, 'fg-generate-token', 'fine-grained-confirm'),
  });
  await picture(github, 'fg-copy-token', 'fine-grained-copy');
  await copyAndFinish(page, 'fg-copy-token');
  expect(session.log.blockedRequests).toEqual([]);
});

/** Writes docs/screenshots/<name>.png at step `id`, then checks the callout sits inside the window. */
async function picture(github: Page, id: string, name: string): Promise<void> {
  await expectStep(session.driverPage(github), id);
  await expect.poll(() => github.locator(marked(id)).count()).toBe(1);
  const viewport = github.viewportSize()!;
  // The pointer leaves the control it clicked, as a person's does: GitHub shows tooltips on hover.
  await github.mouse.move(viewport.width - 1, viewport.height - 1);
  await session.driverPage(github).waitForDomIdle(150);
  await github.screenshot({ path: path.join(DIR, `${name}.png`) });
  const card = await github.evaluate(() => {
    const { left, top, right, bottom } = document.querySelector('pat-pilot-ui')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
    return { left, top, right, bottom };
  });
  expect(card.left, `${name}: callout inside the window`).toBeGreaterThanOrEqual(0);
  expect(card.top).toBeGreaterThanOrEqual(0);
  expect(card.right).toBeLessThanOrEqual(viewport.width);
  expect(card.bottom).toBeLessThanOrEqual(viewport.height);
}
