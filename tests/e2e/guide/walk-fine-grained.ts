import { expect } from '@playwright/test';
import type { Driver, DriverPage } from '../support';
import { clickStepTarget, confirmAccess, expectStep, MARKER } from './walk';

type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** What the popup sends to start a fine-grained guide in the active tab (the taught path). */
export async function startFineGrainedGuide(driver: Driver, page: DriverPage): Promise<void> {
  const popup = await driver.popup();
  await page.bringToFront();
  await popup.evaluate(() => {
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    void (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'start-guide', restart: true, tokenKind: 'fine-grained' });
  });
  await page.bringToFront();
}

/** What the popup's fine-grained fast path sends: GitHub's template URL opens in a new tab with the guide. */
export async function openFineGrainedFastPath(driver: Driver, presetId: string): Promise<DriverPage> {
  await (await driver.popup()).evaluate((id) => {
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    void (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'open-fine-grained-form', presetId: id });
  }, presetId);
  return driver.waitForPage((url) => url.startsWith('https://github.com/settings/personal-access-tokens/new?'));
}

/** From any github.com page to the fine-grained form, through the shared first steps. */
export async function walkToFineGrainedForm(page: DriverPage, options: { collapsedGroup?: boolean; sudo?: boolean } = {}): Promise<void> {
  await clickStepTarget(page, 'open-user-menu');
  await clickStepTarget(page, 'open-settings');
  await clickStepTarget(page, 'open-developer-settings');
  if (options.collapsedGroup) await clickStepTarget(page, 'open-personal-access-tokens');
  await clickStepTarget(page, 'open-tokens-fine-grained');
  await clickStepTarget(page, 'fg-generate-new-token');
  if (options.sudo) await confirmAccess(page);
}

/** The callout's "Next", once the step is satisfied. */
async function next(page: DriverPage): Promise<void> {
  await page.ui.clickButton('Next');
}

/** Moments a caller may use (to take a picture) before the walk goes on. */
export interface WalkPauses {
  /** fg-permissions, with contents added as read and write. */
  permissions?(): Promise<void>;
  /** fg-generate-token, GitHub's confirmation overlay open. */
  overlay?(): Promise<void>;
}

/**
 * Every form step in turn, as a user does them: name typed, owner and expiration left, a repository picked,
 * contents added with read and write, then the form's and the overlay's "Generate token".
 */
export async function walkFineGrainedForm(page: DriverPage, name: string, pause: WalkPauses = {}): Promise<void> {
  await expectStep(page, 'fg-name');
  await page.fill('#user_programmatic_access_name', name);
  await next(page);
  await expectStep(page, 'fg-resource-owner');
  await next(page);
  await expectStep(page, 'fg-expiration');
  await next(page);
  await expectStep(page, 'fg-repository-access');
  // The guide picked "Only select repositories"; the user picks the repository.
  expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('#install_target_selected')?.checked)).toBe(true);
  await page.ui.waitForText('PAT Pilot chose "Only select repositories"');
  // The callout moves beside the open list, never over it: the user picks with the mouse. An opened Primer
  // ViewComponents menu settles first (anchored-position places it), as in the replica's own spec.
  await page.click('#repository-menu-list-button');
  await page.waitFor({ role: 'menuitemcheckbox', name: /\/hello-world$/ });
  await page.waitForDomIdle(150);
  expect(await page.evaluate(calloutOverlapsOpenRepositoryList)).toBe(false);
  await page.click({ role: 'menuitemcheckbox', name: /\/hello-world$/ });
  await page.press('Escape');
  await next(page);
  await expectStep(page, 'fg-permissions');
  await page.click({ role: 'button', name: 'Add permissions' });
  await page.click({ role: 'menuitemcheckbox', name: /^Contents/ });
  await page.press('Escape');
  // Metadata joined read-only too: the Access button of the contents row (the replica marks rows by key).
  await page.click('li[data-permission="contents"] button[aria-haspopup]');
  await page.click({ role: 'menuitemradio', name: 'Read and write' });
  await page.ui.waitForText(/Contents — Read and write: /);
  await pause.permissions?.();
  await next(page);
  await clickStepTarget(page, 'fg-generate-token');
  // Now GitHub's overlay is open: its own button is the one marked.
  await page.waitFor('.js-fine-grained-confirmation button[type="submit"][' + MARKER + '="fg-generate-token"]', { state: 'attached', timeout: 15_000 });
  await pause.overlay?.();
  await clickStepTarget(page, 'fg-generate-token');
}

/** Runs in the page: whether the guide's callout covers any part of the open repository list. */
function calloutOverlapsOpenRepositoryList(): boolean {
  const card = document.querySelector('pat-pilot-ui')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
  const list = document.querySelector('#repository-menu-list-list')!.getBoundingClientRect();
  if (list.width === 0 || list.height === 0) throw new Error('the repository list is not open');
  return card.left < list.right && list.left < card.right && card.top < list.bottom && list.top < card.bottom;
}
