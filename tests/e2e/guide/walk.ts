import { expect } from '@playwright/test';
import { stepById } from '@/lib/steps';
import { FINE_GRAINED_TOUR } from '@/lib/fine-grained/steps';
import type { Driver, DriverPage } from '../support';
import { englishText } from '../../setup/messages';

export const MARKER = 'data-pat-pilot-step';
export const marked = (id: string) => `[${MARKER}="${id}"]`;

/** The step's title as the English browsers show it (steps hold message keys). */
export function titleOf(id: string): string {
  const step = stepById(id) ?? FINE_GRAINED_TOUR.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return englishText(step.title);
}

/** Start from the popup while a github.com tab is active: the guide starts there without navigating. */
export async function startFromPopup(driver: Driver, page: DriverPage): Promise<void> {
  const popup = await driver.popup();
  await popup.waitFor({ role: 'button', name: /^(Start|Resume) guide$/ });
  await page.bringToFront();
  await popup.click({ role: 'button', name: /^(Start|Resume) guide$/ });
  await page.bringToFront();
}

/** The callout names the step, the step's target alone carries the marker once the page is idle. */
export async function expectStep(page: DriverPage, id: string, options: { marks?: boolean } = {}): Promise<void> {
  await page.ui.waitFor({ role: 'dialog', name: titleOf(id) }, { timeout: 15_000 });
  if (options.marks === false) {
    await page.waitForDomIdle(500);
    expect(await page.countWithAttribute(MARKER)).toBe(0);
    return;
  }
  await page.waitFor(marked(id), { state: 'attached', timeout: 15_000 });
  await page.waitForDomIdle(500);
  expect(await page.countWithAttribute(MARKER)).toBe(1);
  expect(await page.count(marked(id))).toBe(1);
}

/** Clicks GitHub's own control for the step, as the user would, after checking it is the right one. */
export async function clickStepTarget(page: DriverPage, id: string): Promise<void> {
  await expectStep(page, id);
  await page.click(marked(id));
}

export interface WalkOptions {
  collapsedGroup?: boolean;
  sudo?: boolean;
}

/** From any github.com page to the open new-token form. */
export async function walkToForm(page: DriverPage, options: WalkOptions = {}): Promise<void> {
  await clickStepTarget(page, 'open-user-menu');
  await clickStepTarget(page, 'open-settings');
  await clickStepTarget(page, 'open-developer-settings');
  if (options.collapsedGroup) await clickStepTarget(page, 'open-personal-access-tokens');
  await clickStepTarget(page, 'open-tokens-classic');
  await clickStepTarget(page, 'open-generate-menu');
  await clickStepTarget(page, 'choose-classic');
  if (options.sudo) await confirmAccess(page);
}

/** The user types their password; the guide explains and never touches the field. */
export async function confirmAccess(page: DriverPage): Promise<void> {
  await expectStep(page, 'confirm-access', { marks: false });
  await page.ui.waitForText('Confirm access');
  expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('#sudo_password')?.value)).toBe('');
  await page.fill('#sudo_password', 'correct horse battery staple');
  await page.click({ role: 'button', name: 'Confirm' });
}

export interface FormValues {
  note: string;
  expiration: string;
  scopes: string[];
}

export function readForm(page: DriverPage): Promise<FormValues> {
  return page.evaluate(() => {
    const form = document.querySelector('form#new_oauth_access')!;
    return {
      note: form.querySelector<HTMLInputElement>('#oauth_access_description')!.value,
      expiration: form.querySelector<HTMLInputElement>('[name="oauth_access[default_expires_at]"]')!.value,
      scopes: [...form.querySelectorAll<HTMLInputElement>('input[name="oauth_access[scopes][]"]:checked')].map((b) => b.value),
    };
  });
}

/** fill-note → choose-expiration → review-scopes with "Next", then the user's own click on Generate token. */
export async function walkForm(page: DriverPage): Promise<void> {
  await expectStep(page, 'fill-note');
  await page.ui.clickButton('Next');
  await expectStep(page, 'choose-expiration');
  await page.ui.clickButton('Next');
  await expectStep(page, 'review-scopes');
  await page.ui.waitForText('delete_repo ⚠ destructive');
  await page.ui.clickButton('Next');
  await clickStepTarget(page, 'generate-token');
}

/** The result page: copy with GitHub's button, read the store-safely card, Finish (fg-copy-token for a fine-grained token). */
export async function copyAndFinish(page: DriverPage, copyStep: 'copy-token' | 'fg-copy-token' = 'copy-token'): Promise<void> {
  await clickStepTarget(page, copyStep);
  await expectStep(page, 'store-token', { marks: false });
  await page.ui.clickButton('Finish');
  await page.ui.waitFor({ role: 'dialog' }, { state: 'gone' });
  expect(await page.countWithAttribute(MARKER)).toBe(0);
}
