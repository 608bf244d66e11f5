import { STEP_IDS } from '@/lib/steps/ids';
import { expect, test, type Driver, type DriverPage } from './support';
import { holdsReminderPermissions } from './support/extension-state';

/** Runs in the popup page: the toolbar badge, through `action` (Chromium) or `browserAction` (Firefox). */
function badgeText(popup: DriverPage): Promise<string> {
  return popup.evaluate(() => {
    type Button = { getBadgeText(details: object): Promise<string> };
    type Api = { action?: Button; browserAction?: Button };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    return (api.action ?? api.browserAction)!.getBadgeText({});
  });
}

function currentStep(popup: DriverPage): Promise<string | null> {
  return popup.evaluate(() => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null);
}

function doneSteps(popup: DriverPage): Promise<number> {
  return popup.evaluate(() => document.querySelectorAll('li[data-step].done').length);
}

test('idle: "Start guide", the checklist with nothing done, the fast path, no badge', async ({ driver }) => {
  const popup = await driver.popup();
  await popup.waitFor({ role: 'button', name: 'Start guide' });
  expect(await popup.count({ role: 'button', name: 'Resume guide' })).toBe(0);
  expect(await popup.count({ role: 'button', name: 'Start over' })).toBe(0);
  expect(await popup.count({ role: 'link', name: 'Verify your e-mail address' })).toBe(1);
  expect(await popup.count('li[data-step]')).toBe(STEP_IDS.length);
  expect(await currentStep(popup)).toBeNull();
  expect(await doneSteps(popup)).toBe(0);
  await popup.waitFor({ role: 'button', name: 'Open the prefilled form' });
  expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="preset"]:checked')?.value)).toBe('recommended');
  expect(await popup.evaluate(() => document.querySelector('#preset-recommended-scopes')?.textContent)).toContain('⚠ destructive');
  expect(await badgeText(popup)).toBe('');
  expect(driver.pageErrors).toEqual([]);
});

test('in progress: started on a GitHub tab without navigating, the page decides the step', async ({ driver }) => {
  const popup = await driver.popup();
  const github = await driver.newPage();
  await github.goto('https://github.com/settings/profile');
  await github.bringToFront();
  const tabs = (await driver.pages()).length;

  await popup.click({ role: 'button', name: 'Start guide' });

  await popup.waitFor({ role: 'button', name: 'Resume guide' });
  await popup.waitFor({ role: 'button', name: 'Start over' });
  await popup.waitForFunction(() => document.querySelector('[aria-current="step"]') !== null);
  const stepId = ((await driver.storage()).local.guide as { stepId: (typeof STEP_IDS)[number] }).stepId;
  const index = STEP_IDS.indexOf(stepId);
  expect(await currentStep(popup)).toBe(stepId);
  expect(await doneSteps(popup)).toBe(index);
  await expect.poll(() => badgeText(popup)).toBe(`${index + 1}/15`);
  expect(await github.url()).toBe('https://github.com/settings/profile');
  expect((await driver.pages()).length).toBe(tabs);
  expect(await popup.count({ role: 'button', name: 'Open the prefilled form' })).toBe(0);
  expect(driver.pageErrors).toEqual([]);
});

/** The fast path from the popup to a generated token; the popup stays open meanwhile. */
async function generateWithPopupOpen(driver: Driver): Promise<{ popup: DriverPage; form: DriverPage }> {
  const popup = await driver.popup();
  await popup.click({ role: 'button', name: 'Open the prefilled form' });
  const form = await driver.waitForPage((url) => url.startsWith('https://github.com/settings/tokens/new?'));
  // As a person would: once the guide is on the form (its callout shows the first form step).
  await popup.waitForFunction(() => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === 'fill-note');
  await form.click({ role: 'button', name: 'Generate token' });
  await form.waitFor('#new-oauth-token', { state: 'attached' });
  return { popup, form };
}

test.describe('token generated', () => {
  // Full page loads: the replica's soft form submission is not reliable in Chromium yet.
  test.use({ replica: { navigation: 'full' } });

  test('reminders for a new user: on by default, the permission not held until "Allow" is clicked', async ({ driver }) => {
    const { popup } = await generateWithPopupOpen(driver);

    const allow = { role: 'button', name: 'Allow reminder notifications' };
    // Click once the popup has drawn the new token's sections: the copy reminder above and the
    // reminder's own sentence move the button down as they appear, and a click aimed before that lands elsewhere.
    await popup.waitForFunction(() => document.querySelector('.reminder p')?.textContent?.startsWith('Reminder on ') === true);
    await popup.waitFor(allow);
    expect(await popup.evaluate(holdsReminderPermissions)).toBe(false);
    // The browser's prompt is answered "Allow" by the harness; the request comes from this click.
    await popup.click(allow);
    await popup.waitFor(allow, { state: 'gone' });
    expect(await popup.evaluate(holdsReminderPermissions)).toBe(true);
    // The reminder for the new token is scheduled now that alarms may be set.
    await expect.poll(async () => (await driver.alarms()).length).toBe(2);
    expect(driver.pageErrors).toEqual([]);
  });

  test('the popup leads with copying the token and storing it safely', async ({ driver }) => {
    const { popup, form } = await generateWithPopupOpen(driver);

    await popup.waitFor({ role: 'heading', name: 'Copy your token now: GitHub shows it only once' });
    const order = await popup.evaluate(() => [...document.querySelectorAll('main h2, main button')].map((el) => el.textContent));
    expect(order.indexOf('Copy your token now: GitHub shows it only once')).toBeLessThan(order.indexOf('Resume guide'));
    const guidance = await popup.evaluate(() => document.querySelector('.token-safety')?.textContent ?? '');
    for (const advice of ['password manager', 'git credential approve', 'gh auth login --with-token', 'Git over HTTPS', 'Never paste it into code, chats or issues'])
      expect(guidance).toContain(advice);
    expect(await popup.count({ role: 'link', name: 'github.com/settings/tokens' })).toBe(1);

    // As a person would: once the guide points at GitHub's copy button.
    await form.waitFor('[data-pat-pilot-step="copy-token"]', { state: 'attached' });
    await form.bringToFront();
    await form.click({ role: 'button', name: 'Copy token' });
    await popup.waitForFunction(() => document.querySelector('.token-safety [role="status"]')?.textContent?.startsWith('✓ Copied') === true);

    const token = driver.replica.createdTokens[0]?.token;
    expect(token).toBeTruthy();
    expect(JSON.stringify(await driver.storage())).not.toContain(token!);
    expect(driver.blockedRequests).toEqual([]);
    expect(driver.pageErrors).toEqual([]);
  });
});
