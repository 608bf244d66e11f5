import { expect, test, type Driver } from './support';
import { copyAndFinish, expectStep, readForm, startFromPopup, walkForm } from './guide/walk';

const RECOMMENDED = ['repo', 'admin:repo_hook', 'delete_repo'];

async function openPrefilledForm(driver: Driver) {
  const popup = await driver.popup();
  await popup.click({ role: 'button', name: 'Open the prefilled form' });
  return driver.waitForPage((url) => url.startsWith('https://github.com/settings/tokens/new?'));
}

/** Settings as the options page stores them (version 2), written before the popup reads them. */
async function storeSettings(driver: Driver, settings: object) {
  await (await driver.popup()).evaluate((value) => {
    type Sync = { storage: { sync: { set(items: object): Promise<void> } } };
    const api = ((globalThis as unknown as { browser?: Sync }).browser ?? (globalThis as unknown as { chrome: Sync }).chrome)!;
    return api.storage.sync.set({ settings: value, settings$: { v: 2 } });
  }, settings);
}

const defaults = {
  presetId: 'recommended',
  customScopes: [],
  noteTemplate: 'PAT Pilot {date} {time}',
  expiration: { kind: 'preset', days: 30 },
  reminders: { enabled: true, daysBefore: 3 },
};

for (const expiration of ['action-menu', 'select'] as const) {
  test.describe(`fast path (${expiration})`, () => {
    test.use({ replica: { expiration } });

    test('opens the prefilled form, checks it and ends on the right token', async ({ driver }) => {
      const page = await openPrefilledForm(driver);
      await expectStep(page, 'fill-note');
      const form = await readForm(page);
      expect(form.note).toMatch(/^PAT Pilot \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(form.expiration).toBe('30');
      expect(form.scopes).toEqual(expect.arrayContaining(RECOMMENDED));
      expect(await page.ui.text()).not.toContain('differed');
      await walkForm(page);
      await copyAndFinish(page);
      expect(driver.replica.createdTokens[0]).toMatchObject({ note: form.note, expiration: '30' });
    });

    test('fixes and reports what the URL could not carry: a custom expiry date', async ({ driver }) => {
      await storeSettings(driver, { ...defaults, expiration: { kind: 'custom', days: 45 } });
      const page = await openPrefilledForm(driver);
      await expectStep(page, 'fill-note');
      await page.ui.waitForText('differed from what you asked for');
      const expected = await page.evaluate(() => {
        const date = new Date();
        date.setDate(date.getDate() + 45);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
      });
      expect((await readForm(page)).expiration).toBe('custom');
      expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('#oauth_access_custom_expires_at')!.value)).toBe(expected);
    });
  });
}

test.describe('the form without a guide', () => {
  test('offers the preset and changes nothing until asked', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/tokens/new');
    await page.ui.waitFor({ role: 'dialog', name: 'Apply recommended scopes?' });
    expect((await readForm(page)).scopes).toEqual([]);
    await page.ui.clickButton('Apply recommended scopes');
    await page.ui.waitFor({ role: 'status' });
    const form = await readForm(page);
    expect(form.scopes).toEqual(expect.arrayContaining(RECOMMENDED));
    expect(form.note).not.toBe('');
    expect(driver.replica.createdTokens).toEqual([]);
    await page.ui.clickButton('Close');
    expect(await page.ui.hostCount()).toBe(0);
  });

  test('can be dismissed without touching the form', async ({ driver }) => {
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/tokens/new');
    await page.ui.clickButton('Dismiss');
    expect(await page.ui.hostCount()).toBe(0);
    expect(await readForm(page)).toMatchObject({ note: '', scopes: [] });
  });
});

test.describe('the taught path honours the settings', () => {
  test.use({ replica: { expiration: 'select' } });

  test('preset, expiration and note template from the options reach the form', async ({ driver }) => {
    await storeSettings(driver, { ...defaults, presetId: 'actions', noteTemplate: 'Build box {date}', expiration: { kind: 'preset', days: 60 } });
    const page = await driver.newPage();
    await page.goto('https://github.com/settings/tokens/new');
    await startFromPopup(driver, page);
    await expectStep(page, 'fill-note');
    const form = await readForm(page);
    expect(form.note).toMatch(/^Build box \d{4}-\d{2}-\d{2}$/);
    expect(form.expiration).toBe('60');
    expect(form.scopes).toEqual(expect.arrayContaining(['repo', 'workflow']));
    expect(form.scopes).not.toContain('delete_repo');
  });
});
