import { expect, test, type Driver, type DriverPage } from './support';

/** Both browsers under test have working sync storage, so settings must land there. */
async function storedSettings(driver: Driver): Promise<Record<string, unknown> | undefined> {
  return (await driver.storage()).sync.settings as Record<string, unknown> | undefined;
}

/** What the fine-grained part of the options page shows. */
async function fineGrainedValues(page: DriverPage) {
  return page.evaluate(() => ({
    kind: document.querySelector<HTMLInputElement>('input[name="token-kind"]:checked')?.value,
    open: document.querySelector<HTMLDetailsElement>('details.fine-grained')?.open,
    preset: document.querySelector<HTMLInputElement>('input[name="fine-grained-preset"]:checked')?.value,
    expiration: document.querySelector<HTMLInputElement>('input[name="fg-expiration"]:checked')?.id,
    customDays: document.querySelector<HTMLInputElement>('#fg-custom-days')?.value,
  }));
}

test('fine-grained as the default kind, a preset and an expiration are saved and survive a reload', async ({ driver }) => {
  const options = await driver.options();
  expect(await fineGrainedValues(options)).toMatchObject({ kind: 'classic', open: false, preset: 'https' });

  await options.click({ role: 'radio', name: 'Fine-grained' });
  await options.waitFor('#fg-preset-actions');
  await options.click('#fg-preset-actions');
  await options.click('#fg-expiration-custom');
  await options.fill('#fg-custom-days', '120');
  await options.click({ role: 'button', name: 'Save' });
  await options.waitForFunction(() => document.querySelector('.status')?.textContent === 'Settings saved.');

  expect(await storedSettings(driver)).toMatchObject({
    presetId: 'recommended',
    tokenKind: 'fine-grained',
    fineGrained: { presetId: 'actions', customPermissions: [], expiration: { kind: 'custom', days: 120 } },
  });

  await options.reload();
  await options.waitFor({ role: 'heading', name: 'PAT Pilot settings' });
  expect(await fineGrainedValues(options)).toEqual({
    kind: 'fine-grained',
    open: true,
    preset: 'actions',
    expiration: 'fg-expiration-custom',
    customDays: '120',
  });
  const actions = await options.evaluate(() => document.querySelector('#fg-preset-actions-purpose')?.textContent ?? '');
  expect(actions).toContain('Workflows — Read and write');
  expect(actions).toContain('Flagged: Workflows run code with the repository’s secrets.');
  expect(driver.pageErrors).toEqual([]);
});

test('a custom permission set is built with the picker and saved in catalogue order', async ({ driver }) => {
  const options = await driver.options();
  await options.click({ role: 'radio', name: 'Fine-grained' });
  await options.click({ role: 'radio', name: 'Custom permissions' });
  await options.selectOption('#fg-add-key', 'issues');
  await options.selectOption('#fg-add-access', 'write');
  await options.click({ role: 'button', name: 'Add' });
  await options.selectOption('#fg-add-key', 'contents');
  await options.click({ role: 'button', name: 'Add' });
  await options.waitFor({ role: 'button', name: 'Remove Contents' });
  await options.click({ role: 'button', name: 'Save' });
  await options.waitForFunction(() => document.querySelector('.status')?.textContent === 'Settings saved.');

  expect((await storedSettings(driver))?.fineGrained).toMatchObject({
    presetId: 'custom',
    customPermissions: [
      { key: 'contents', access: 'read' },
      { key: 'issues', access: 'write' },
    ],
  });
  expect(driver.pageErrors).toEqual([]);
});

test('a corrupt stored fine-grained setting shows the repair note and falls back, the rest kept', async ({ driver }) => {
  await driver.setStorage('sync', {
    settings: {
      presetId: 'actions',
      customScopes: [],
      noteTemplate: 'Laptop {date} {time}',
      expiration: { kind: 'none' },
      reminders: { enabled: true, daysBefore: 3 },
      tokenKind: 'fine-grained',
      kindChoice: { purpose: 'https', facts: [] },
      fineGrained: { presetId: 'deploy-keys', customPermissions: 'everything', expiration: { kind: 'custom', days: 999 } },
    },
    settings$: { v: 3 },
  });
  const options = await driver.options();
  await options.waitFor({ role: 'heading', name: 'Your saved settings were repaired' });
  const notice = await options.evaluate(() => document.querySelector('.repair-notice')?.textContent ?? '');
  expect(notice).toContain(
    'Your saved fine-grained permission list was not valid (not a list of permissions), so the default is used.',
  );
  expect(notice).toContain('Your saved fine-grained expiration was not valid (Enter a whole number of days from 1 to 366), so the default is used.');
  expect(notice).toContain(
    'Your saved fine-grained preset “deploy-keys” cannot be used by this version, so PAT Pilot asks for contents: write instead.',
  );
  expect(await fineGrainedValues(options)).toMatchObject({ kind: 'fine-grained', open: true, preset: 'https', expiration: 'fg-expiration-30' });
  expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#note-template')?.value)).toBe('Laptop {date} {time}');

  await options.click({ role: 'button', name: 'Save' });
  await options.waitForFunction(() => document.querySelector('.status')?.textContent === 'Settings saved.');
  expect(await storedSettings(driver)).toMatchObject({
    tokenKind: 'fine-grained',
    kindChoice: { purpose: 'https', facts: [] },
    fineGrained: { presetId: 'https', customPermissions: [], expiration: { kind: 'preset', days: 30 } },
  });
  expect(driver.pageErrors).toEqual([]);
});
