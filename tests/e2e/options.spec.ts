import { parsePrefillUrl } from '@/lib/github/prefill-url';
import { expect, test, type Driver, type DriverPage } from './support';
import { holdsReminderPermissions } from './support/extension-state';

type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

function statusText(page: DriverPage): Promise<string> {
  return page.evaluate(() => document.querySelector('.status')?.textContent ?? '');
}

/** Both browsers under test have working sync storage, so settings must land there. */
async function storedSettings(driver: Driver): Promise<unknown> {
  return (await driver.storage()).sync.settings;
}

async function fieldValues(page: DriverPage) {
  return page.evaluate(() => ({
    note: document.querySelector<HTMLInputElement>('#note-template')?.value,
    customDays: document.querySelector<HTMLInputElement>('#custom-days')?.value,
    workflow: document.querySelector<HTMLInputElement>('[id="scope-workflow"]')?.checked,
    preset: document.querySelector<HTMLInputElement>('input[name="preset"]:checked')?.value,
  }));
}

const SAVED = {
  presetId: 'custom',
  customScopes: ['workflow'],
  noteTemplate: 'Laptop {date} {time}',
  expiration: { kind: 'custom', days: 45 },
  reminders: { enabled: true, daysBefore: 3 },
};

/** Settings version 3 stores these with every save; the classic fields above are what these tests are about. */
const V3_DEFAULTS = {
  tokenKind: 'classic',
  kindChoice: { purpose: null, facts: [] },
  fineGrained: { presetId: 'https', customPermissions: [], expiration: { kind: 'preset', days: 30 } },
};

async function saveCustomSettings(options: DriverPage) {
  await options.click({ role: 'radio', name: 'Custom' });
  await options.click({ role: 'checkbox', name: 'workflow' });
  await options.fill('#note-template', 'Laptop {date} {time}');
  await options.click({ role: 'radio', name: 'Custom number of days' });
  await options.fill('#custom-days', '45');
  await options.click({ role: 'button', name: 'Save' });
  await options.waitForFunction(() => document.querySelector('.status')?.textContent === 'Settings saved.');
}

test('bad input gets a message next to its field and is never saved', async ({ driver }) => {
  const options = await driver.options();
  await options.click({ role: 'radio', name: 'Custom number of days' });
  await options.fill('#custom-days', '400');
  await options.waitFor('#custom-days[aria-invalid="true"]');
  await options.fill('#note-template', 'Token {user}');
  await options.waitFor('#note-template[aria-invalid="true"]');
  await options.click({ role: 'button', name: 'Save' });

  expect(await statusText(options)).toBe('Not saved: correct the fields marked below.');
  expect(await options.evaluate(() => document.querySelector('#expiration-messages')?.textContent)).toBe(
    'Enter a whole number of days from 1 to 366.',
  );
  expect(await options.evaluate(() => document.querySelector('#note-template-messages .error')?.textContent)).toBe(
    'Unknown placeholder {user}: use {date}, {time} or {browser}.',
  );
  expect(await storedSettings(driver)).toBeUndefined();
  expect(driver.pageErrors).toEqual([]);
});

test('settings are saved, survive a reload and are used by the fast path', async ({ driver }) => {
  const options = await driver.options();
  await saveCustomSettings(options);
  expect(await storedSettings(driver)).toEqual({ ...SAVED, ...V3_DEFAULTS });

  await options.reload();
  await options.waitFor({ role: 'heading', name: 'PAT Pilot settings' });
  expect(await fieldValues(options)).toEqual({
    note: 'Laptop {date} {time}',
    customDays: '45',
    workflow: true,
    preset: 'custom',
  });

  await (await driver.popup()).evaluate(() => {
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    void (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'open-prefilled-form', presetId: 'custom' });
  });
  const form = await driver.waitForPage((url) => url.startsWith('https://github.com/settings/tokens/new?'));
  const prefill = parsePrefillUrl(await form.url());
  expect(prefill).toMatchObject({ scopes: ['workflow'], unknownScopes: [], expiration: undefined });
  expect(prefill?.note).toMatch(/^Laptop \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  expect(driver.pageErrors).toEqual([]);
});

test('settings saved in another window reach an open options page; edits in progress are kept', async ({ driver }) => {
  const options = await driver.options();
  const statusIs = (text: string) => options.waitForFunction((want) => document.querySelector('.status')?.textContent === want, text);

  await driver.setStorage('sync', { settings: SAVED, settings$: { v: 2 } });
  await statusIs('Your settings were changed in another window; this page now shows them.');
  expect(await fieldValues(options)).toEqual({ note: 'Laptop {date} {time}', customDays: '45', workflow: true, preset: 'custom' });

  await options.fill('#note-template', 'Desk {date}');
  await driver.setStorage('sync', { settings: { ...SAVED, noteTemplate: 'Elsewhere {date}' }, settings$: { v: 2 } });
  await statusIs('Your settings were changed in another window. Your edits here are kept; Save replaces what was saved there.');
  expect((await fieldValues(options)).note).toBe('Desk {date}');

  await options.click({ role: 'button', name: 'Save' });
  await statusIs('Settings saved.');
  expect(await storedSettings(driver)).toEqual({ ...SAVED, ...V3_DEFAULTS, noteTemplate: 'Desk {date}' });
  expect(driver.pageErrors).toEqual([]);
});

test('corrupt stored settings are repaired, valid fields kept, and the user is told once', async ({ driver }) => {
  await (await driver.popup()).evaluate(() => {
    type Sync = { storage: { sync: { set(items: object): Promise<void> } } };
    const scope = globalThis as unknown as { browser?: Sync; chrome?: Sync };
    return (scope.browser ?? scope.chrome)!.storage.sync.set({
      settings: { presetId: 'custom', customScopes: ['gist', 'repo:write'], noteTemplate: 42, theme: 'dark' },
    });
  });
  const options = await driver.options();
  await options.waitFor({ role: 'heading', name: 'Your saved settings were repaired' });
  const notice = await options.evaluate(() => document.querySelector('.repair-notice')?.textContent ?? '');
  expect(notice).toContain('Unknown scope "repo:write" removed from your custom scopes.');
  expect(notice).toContain('Ignored settings this version does not know: "theme".');
  expect(await fieldValues(options)).toMatchObject({ preset: 'custom', note: 'PAT Pilot {date} {time}' });
  expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('[id="scope-gist"]')?.checked)).toBe(true);

  await options.reload();
  await options.waitFor({ role: 'heading', name: 'PAT Pilot settings' });
  expect(await options.count('.repair-notice')).toBe(0);
});

test('reminders for a new user: turning them on asks for the permission, and they are saved on', async ({ driver }) => {
  const options = await driver.options();
  const remind = { role: 'checkbox', name: 'Remind me before a token expires' };
  expect(await options.evaluate(holdsReminderPermissions)).toBe(false);

  await options.click(remind);
  expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#reminders-enabled')?.checked)).toBe(false);
  expect(await options.evaluate(holdsReminderPermissions)).toBe(false);
  // The browser's prompt is answered "Allow" by the harness; the request comes from this click.
  await options.click(remind);
  await expect.poll(() => options.evaluate(holdsReminderPermissions)).toBe(true);

  await options.click({ role: 'button', name: 'Save' });
  await options.waitForFunction(() => document.querySelector('.status')?.textContent === 'Settings saved.');
  expect(await storedSettings(driver)).toMatchObject({ reminders: { enabled: true, daysBefore: 3 } });
  expect(driver.pageErrors).toEqual([]);
});
