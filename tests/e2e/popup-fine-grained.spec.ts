import { FINE_GRAINED_STEP_ORDER } from '@/lib/steps/ids';
import { expect, test, type Driver, type DriverPage } from './support';
import { REMINDER_SETTINGS } from './guide/reminders';

/** Settings (version 3) with fine-grained tokens as the default kind, as the chooser or the options save them. */
const FINE_GRAINED_SETTINGS = {
  ...REMINDER_SETTINGS,
  tokenKind: 'fine-grained',
  kindChoice: { purpose: 'https', facts: [] },
  fineGrained: { presetId: 'https', customPermissions: [], expiration: { kind: 'preset', days: 30 } },
};

async function fineGrainedPopup(driver: Driver): Promise<DriverPage> {
  await driver.setStorage('sync', { settings: FINE_GRAINED_SETTINGS, settings$: { v: 3 } });
  const popup = await driver.popup();
  await popup.reload();
  const reopened = await driver.popup();
  await reopened.waitFor({ role: 'button', name: 'Open the filled-in form' });
  return reopened;
}

const checklist = (popup: DriverPage) => popup.evaluate(() => [...document.querySelectorAll('li[data-step]')].map((li) => li.getAttribute('data-step')));

test('idle with fine-grained as the default kind: its steps, its presets, the button still "Start guide"', async ({ driver }) => {
  const popup = await fineGrainedPopup(driver);
  expect(await popup.evaluate(() => document.querySelector('.start-kind')?.textContent)).toBe('Start guide makes a fine-grained token.');
  expect(await popup.count({ role: 'button', name: 'Start guide' })).toBe(1);
  expect(await checklist(popup)).toEqual([...FINE_GRAINED_STEP_ORDER]);
  expect(await popup.count({ role: 'button', name: 'Open the prefilled form' })).toBe(0);
  expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="fg-preset"]:checked')?.value)).toBe('https');
  expect(await popup.evaluate(() => document.querySelector('#fg-preset-https-permissions')?.textContent)).toBe('Contents: Read and write');
  const workflows = await popup.evaluate(() => document.querySelector('#fg-preset-actions-permissions li.flagged')?.textContent);
  expect(workflows).toContain('Workflows');
  expect(driver.pageErrors).toEqual([]);
});

test('"Open the filled-in form" opens GitHub\'s fine-grained form from the template URL and the checklist follows the guide', async ({ driver }) => {
  const popup = await fineGrainedPopup(driver);
  await popup.click({ role: 'radio', name: 'GitHub Actions workflows' });
  await popup.click({ role: 'button', name: 'Open the filled-in form' });
  const form = await driver.waitForPage((url) => url.startsWith('https://github.com/settings/personal-access-tokens/new?'));
  const query = new URL(await form.url()).searchParams;
  expect(query.get('contents')).toBe('write');
  expect(query.get('workflows')).toBe('write');
  expect(query.get('expires_in')).toBe('30');
  await popup.waitForFunction(() => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === 'fg-name');
  expect(await checklist(popup)).toEqual([...FINE_GRAINED_STEP_ORDER]);
  expect(driver.pageErrors).toEqual([]);
});
