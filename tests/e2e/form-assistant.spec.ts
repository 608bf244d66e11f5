import { expect, test, type Driver, type DriverPage } from './support';
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

/** The user's own choice of 7 days (from 30), with the keyboard or the mouse as a person makes it: trusted events. */
async function choose7Days(page: DriverPage) {
  const select = 'select[name="oauth_access[default_expires_at]"]';
  if ((await page.count(select)) === 0) {
    await page.click('#exp-button');
    return page.click('#exp-list button[data-value="7"]');
  }
  await page.evaluate((selector) => document.querySelector<HTMLSelectElement>(selector)!.focus(), select);
  await page.press('ArrowUp');
}

const FORM = 'https://github.com/settings/tokens/new';

test.describe('scopes ticked beyond the preset', () => {
  test('a prefill link that ticked more: the review replaces the offer, lists each extra scope with its risk and never says the form matches', async ({ driver }) => {
    const page = await driver.newPage();
    // Everything the preset asks for, plus admin:org and gist from another app's link.
    await page.goto(`${FORM}?description=Deploy%20bot&default_expires_at=30&scopes=repo,admin:org,admin:repo_hook,delete_repo,gist`);
    await page.ui.waitFor({ role: 'dialog', name: 'Review what this link asks for' });
    await page.ui.waitForText('This link ticks more than your preset: admin:org, gist.');
    const text = await page.ui.text();
    expect(await page.ui.count({ role: 'dialog', name: 'Apply recommended scopes?' })).toBe(0);
    expect(text).toContain('admin:org admin');
    expect(text).toContain('gist write');
    expect(text).not.toContain('match your preset');
    expect((await readForm(page)).scopes).toEqual(expect.arrayContaining(['admin:org', 'gist', ...RECOMMENDED]));
  });
});

for (const expiration of ['action-menu', 'select'] as const) {
  test.describe(`what the user changed stays changed (${expiration})`, () => {
    test.use({ replica: { expiration } });

    /** The form edited by the user before any offer: delete_repo ticked and unticked again, 7 days chosen. */
    async function editedForm(driver: Driver): Promise<DriverPage> {
      const page = await driver.newPage();
      await page.goto(FORM);
      await page.ui.waitFor({ role: 'dialog', name: 'Apply recommended scopes?' });
      await page.click('input[name="oauth_access[scopes][]"][value="delete_repo"]');
      await page.click('input[name="oauth_access[scopes][]"][value="delete_repo"]');
      await choose7Days(page);
      expect(await readForm(page)).toMatchObject({ expiration: '7', scopes: expect.not.arrayContaining(['delete_repo']) });
      return page;
    }

    test('applying the offer keeps the chosen expiration and the unticked box', async ({ driver }) => {
      const page = await editedForm(driver);
      await page.ui.clickButton('Apply recommended scopes');
      await page.ui.waitFor({ role: 'status' });
      const form = await readForm(page);
      expect(form.expiration).toBe('7');
      expect(form.scopes).toEqual(expect.arrayContaining(['repo', 'admin:repo_hook']));
      expect(form.scopes).not.toContain('delete_repo');
      expect(form.note).not.toBe('');
    });

    test('a guide started on the edited form keeps the chosen expiration and the unticked box', async ({ driver }) => {
      const page = await editedForm(driver);
      await startFromPopup(driver, page);
      await expectStep(page, 'fill-note');
      const form = await readForm(page);
      expect(form.expiration).toBe('7');
      expect(form.scopes).toEqual(expect.arrayContaining(['repo', 'admin:repo_hook']));
      expect(form.scopes).not.toContain('delete_repo');
      expect((await driver.storage()).local.guide).toMatchObject({ expirationChosen: true, untickedScopes: ['delete_repo'] });
    });
  });
}

test.describe('a saved preset this version cannot use', () => {
  const NOTICE = 'Your saved preset “deploy-keys” cannot be used by this version, so PAT Pilot uses repo instead.';

  test('the form says so every time, naming the scopes used instead, on the offer and in the guide', async ({ driver }) => {
    await storeSettings(driver, { ...defaults, presetId: 'deploy-keys' });
    const page = await driver.newPage();
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(FORM);
      await page.ui.waitFor({ role: 'dialog', name: /Push and pull over HTTPS/ });
      await page.ui.waitForText(NOTICE);
    }
    await startFromPopup(driver, page);
    await expectStep(page, 'fill-note');
    await page.ui.waitForText(NOTICE);
    const form = await readForm(page);
    expect(form.scopes).toContain('repo');
    expect(form.scopes).not.toContain('admin:repo_hook');
    expect(form.scopes).not.toContain('delete_repo');
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
