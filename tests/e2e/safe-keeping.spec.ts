import { expect, test, type Driver, type DriverPage } from './support';
import { clickStepTarget, copyAndFinish, expectStep, readForm, startFromPopup, walkForm, walkToForm } from './guide/walk';

/** GitHub shows the token once: the guide asks before its page is left uncopied. */
const LEAVE_WARNING = /haven't copied your new token yet/;
const DAY_MS = 86_400_000;
const LINK_AWAY = { role: 'link', name: 'OAuth Apps' };

/** The fast path to a freshly generated token, its page left at the copy-token step. */
async function generateToken(driver: Driver): Promise<{ page: DriverPage; token: string }> {
  const popup = await driver.popup();
  await popup.click({ role: 'button', name: 'Open the prefilled form' });
  const page = await driver.waitForPage((url) => url.startsWith('https://github.com/settings/tokens/new?'));
  await page.bringToFront();
  await expectStep(page, 'fill-note');
  await page.click({ role: 'button', name: 'Generate token' });
  await expectStep(page, 'copy-token');
  const token = driver.replica.createdTokens[0]?.token;
  if (!token) throw new Error('the replica created no token');
  return { page, token };
}

const shownToken = (page: DriverPage) => page.evaluate(() => document.querySelector('#new-oauth-token')?.textContent ?? null);
const guideState = async (driver: Driver) => (await driver.storage()).local.guide as Record<string, unknown>;
/** A mark on the current document: gone after any reload or full navigation. */
const markDocument = (page: DriverPage) => page.evaluate(() => void ((window as unknown as { kept: boolean }).kept = true));
const isSameDocument = (page: DriverPage) => page.evaluate(() => (window as unknown as { kept?: boolean }).kept === true);

test('copying the selected token with the keyboard counts as copied', async ({ driver }) => {
  const { page, token } = await generateToken(driver);
  await page.click('#new-oauth-token', { count: 2 });
  expect(await page.evaluate(() => String(getSelection()))).toBe(token);
  await page.press('Control+c');
  await expectStep(page, 'store-token', { marks: false });
  expect((await guideState(driver)).copied).toBe(true);
  expect(page.dialogs()).toEqual([]);
});

test('a copy that includes the token counts however the selection began; copying the text around it does not', async ({ driver }) => {
  const { page } = await generateToken(driver);
  const selectAndCopy = async (from: string, to: string) => {
    await page.evaluate(
      ([start, end]) => {
        const first = document.querySelector(start)!;
        const last = document.querySelector(end)!;
        getSelection()!.setBaseAndExtent(first, 0, last, last.childNodes.length);
      },
      [from, to] as const,
    );
    await page.press('Control+c');
  };
  // Only the warning above the token: not a copy of the token.
  await selectAndCopy('.access-token p.text-small', '.access-token p.text-small');
  await new Promise((resolve) => setTimeout(resolve, 500));
  await expectStep(page, 'copy-token');
  expect((await guideState(driver)).copied).not.toBe(true);

  // A drag from the warning through the token: the anchor is outside, the token is in it.
  await selectAndCopy('.access-token p.text-small', '#new-oauth-token');
  await expectStep(page, 'store-token', { marks: false });
  expect((await guideState(driver)).copied).toBe(true);
});

for (const navigation of ['soft', 'full'] as const) {
  test.describe(`leaving the token page (${navigation} navigation)`, () => {
    test.use({ replica: { navigation } });

    test('before copying, a link asks first; staying keeps the page and the token', async ({ driver }) => {
      const { page, token } = await generateToken(driver);
      const url = await page.url();
      await markDocument(page);
      await page.click(LINK_AWAY);
      expect(page.dialogs()).toEqual([{ type: 'confirm', message: expect.stringMatching(LEAVE_WARNING), answer: 'dismiss' }]);
      await page.waitForDomIdle();
      expect(await page.url()).toBe(url);
      expect(await isSameDocument(page)).toBe(true);
      expect(await shownToken(page)).toBe(token);
      await expectStep(page, 'copy-token');
    });

    test('before copying, accepting the question leaves, asked once', async ({ driver }) => {
      const { page } = await generateToken(driver);
      page.answerDialogs('accept');
      await page.click(LINK_AWAY);
      await page.waitForFunction(() => location.pathname === '/settings/developers' && document.readyState === 'complete');
      // Exactly one question in both browsers: the browser's own "leave page?" must not follow it.
      expect(page.dialogs().map((dialog) => `${dialog.type}:${dialog.answer}`)).toEqual(['confirm:accept']);
    });

    test('after copying, nothing asks', async ({ driver }) => {
      const { page } = await generateToken(driver);
      await clickStepTarget(page, 'copy-token');
      await expectStep(page, 'store-token', { marks: false });
      // Any question would now be refused, and the page would stay.
      await markDocument(page);
      await page.reload();
      expect(await isSameDocument(page)).toBe(false);
      await page.click(LINK_AWAY);
      await page.waitForFunction(() => location.pathname === '/settings/developers');
      expect(page.dialogs()).toEqual([]);
    });
  });
}

test('before copying, reloading and closing the tab ask through the browser', async ({ driver }) => {
  const { page, token } = await generateToken(driver);
  // Browsers ask before unloading only a page the user interacted with.
  await page.click('.access-token p');
  await markDocument(page);
  await page.reload();
  await page.close({ runBeforeUnload: true });
  expect(page.isClosed()).toBe(false);
  expect(await isSameDocument(page)).toBe(true);
  expect(await shownToken(page)).toBe(token);
  await expectStep(page, 'copy-token');
  expect(page.dialogs().map(({ type, answer }) => `${type} ${answer}`)).toEqual(['beforeunload dismiss', 'beforeunload dismiss']);
  // Accepting a reload after refusing one is not honoured by Firefox's automation; closing is.
  page.answerDialogs('accept');
  await page.close({ runBeforeUnload: true });
  expect(page.isClosed()).toBe(true);
  expect(page.dialogs().map((dialog) => dialog.type)).toEqual(['beforeunload', 'beforeunload', 'beforeunload']);
});

const SETTINGS = {
  presetId: 'recommended',
  customScopes: [],
  noteTemplate: 'PAT Pilot {date} {time}',
  expiration: { kind: 'preset', days: 30 },
  reminders: { enabled: true, daysBefore: 3 },
};

/** Settings as the options page saves them (version 2); any change also makes the background re-check reminders. */
const saveSettings = (driver: Driver, changes: object) =>
  driver.setStorage('sync', { settings: { ...SETTINGS, ...changes }, settings$: { v: 2 } });

const storedReminders = async (driver: Driver) => (await driver.storage()).local.reminders as object[] | undefined;

test.describe('expiry reminder', () => {
  test('a full run remembers the chosen expiry date, schedules its alarms, and keeps no token anywhere', async ({ driver }) => {
    // A custom expiry date makes the expiry independent of the moment the form is sent.
    await saveSettings(driver, { expiration: { kind: 'custom', days: 45 }, reminders: { enabled: true, daysBefore: 5 } });
    await driver.allowReminders();
    await driver.recordNotifications();
    const page = await driver.newPage();
    await page.goto('https://github.com/');
    await startFromPopup(driver, page);
    await walkToForm(page);
    await expectStep(page, 'fill-note');
    const { note, expiration } = await readForm(page);
    expect(expiration).toBe('custom');
    const chosen = await page.evaluate(() => {
      const date = document.querySelector<HTMLInputElement>('#oauth_access_custom_expires_at')!.value;
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      const inDays = Math.round((new Date(year, month - 1, day).getTime() - new Date().setHours(0, 0, 0, 0)) / 86_400_000);
      // The token lasts to the end of the chosen day, in the user's time zone.
      return { inDays, expiresAt: new Date(year, month - 1, day, 23, 59, 59).getTime() };
    });
    expect(chosen.inDays).toBe(45);
    const { expiresAt } = chosen;
    const remindAt = expiresAt - 5 * DAY_MS;

    await walkForm(page);
    await expectStep(page, 'copy-token');
    // The new token's row id goes with it, so its renewal can open its regenerate form.
    const tokenId = await page.evaluate(() => document.querySelector('.access-token.new-token')?.getAttribute('data-id'));
    expect(tokenId).toMatch(/^\d+$/);
    expect((await guideState(driver)).reminder).toEqual({ note, expiresAt, tokenId });
    await expect.poll(() => storedReminders(driver)).toEqual([{ note, expiresAt, remindAt, notified: false, tokenId }]);
    await expect.poll(async () => (await driver.alarms()).sort((a, b) => a.scheduledTime - b.scheduledTime)).toEqual([
      { name: expect.stringContaining(note), scheduledTime: remindAt },
      { name: expect.stringContaining(note), scheduledTime: expiresAt },
    ]);
    expect((await driver.notifications()).seen).toEqual([]);

    await copyAndFinish(page);
    const token = driver.replica.createdTokens[0]!.token;
    const dump = JSON.stringify(await driver.storage());
    expect(dump).toContain(note);
    expect(dump).not.toContain(token);
    expect(driver.blockedRequests).toEqual([]);
    expect(driver.pageErrors).toEqual([]);
  });

  test('a due reminder notifies when the background next checks; an expired one is dropped', async ({ driver }) => {
    const now = Date.now();
    const due = { note: 'due', expiresAt: now + 2 * DAY_MS, remindAt: now - 60_000 };
    // Recording first: the background's own check at start-up may be the one that finds them.
    await driver.allowReminders();
    await driver.recordNotifications();
    await driver.setStorage('local', {
      reminders: [{ ...due, notified: false }, { note: 'gone', expiresAt: now - 60_000, remindAt: now - DAY_MS, notified: true }],
    });
    await saveSettings(driver, {});
    await expect.poll(() => storedReminders(driver)).toEqual([{ ...due, notified: true }]);
    await expect.poll(async () => (await driver.notifications()).seen).toEqual([expect.stringContaining('due')]);
    expect(await driver.alarms()).toEqual([{ name: expect.stringContaining('due'), scheduledTime: due.expiresAt }]);
  });

  test('at expiry its alarm removes the reminder, its alarms and its notification', async ({ driver }) => {
    // Due now and expiring in a few seconds: shown at once, then gone when the expiry alarm fires.
    await driver.allowReminders();
    const expiresAt = Date.now() + 8_000;
    await driver.recordNotifications();
    await driver.setStorage('local', { reminders: [{ note: 'short-lived', expiresAt, remindAt: expiresAt - 10_000, notified: false }] });
    await saveSettings(driver, {});
    await expect.poll(() => driver.alarms()).toEqual([{ name: expect.stringContaining('short-lived'), scheduledTime: expiresAt }]);
    await expect.poll(async () => (await driver.notifications()).seen).toEqual([expect.stringContaining('short-lived')]);
    const shown = await driver.notifications();
    // Headless Firefox closes notifications at once; in Chromium it stays until cleared.
    if (driver.browserName === 'chromium') expect(shown.open).toEqual(shown.seen);
    // Nothing else wakes the background meanwhile: only the alarm can clear what is left.
    await expect.poll(() => storedReminders(driver), { timeout: 25_000 }).toEqual([]);
    expect(await driver.alarms()).toEqual([]);
    expect((await driver.notifications()).open).toEqual([]);
  });
});
