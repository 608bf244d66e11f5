import { FINE_GRAINED_STEP_ORDER } from '@/lib/steps/ids';
import { expect, test, type Driver, type DriverPage } from './support';
import { MARKER, marked } from './guide/walk';

/**
 * The "Which kind?" helper in the popup: it recommends a kind for what the token is for, the user takes it
 * or the other kind, the choice is saved, and "Start guide" then starts that kind's guide.
 */
// The chooser's own inputs: the classic fast path below has a "Publish packages" radio too.
const HTTPS = '#kind-purpose-https';
const PUBLISH = '#kind-purpose-publish-packages';
const OTHERS_REPOS = { role: 'checkbox', name: 'It must contribute to public repositories I am not a member of' };

async function openChooser(driver: Driver): Promise<DriverPage> {
  const popup = await driver.popup();
  await popup.click({ role: 'button', name: 'Which kind?' });
  await popup.waitFor({ role: 'radio', name: 'Push and pull over HTTPS to my repositories' });
  return popup;
}

function recommendation(popup: DriverPage): Promise<string> {
  return popup.evaluate(() => document.querySelector('.kind-recommendation .recommended')?.textContent ?? '');
}

function startKindLine(popup: DriverPage): Promise<string> {
  return popup.evaluate(() => document.querySelector('.start-kind')?.textContent ?? '');
}

async function storedSettings(driver: Driver): Promise<{ tokenKind?: string; kindChoice?: unknown }> {
  return ((await driver.storage()).sync.settings ?? {}) as { tokenKind?: string; kindChoice?: unknown };
}

test('recommends fine-grained for Git over HTTPS, classic for publishing packages and for a classic-only fact', async ({ driver }) => {
  const popup = await openChooser(driver);
  await popup.click(HTTPS);
  await expect.poll(() => recommendation(popup)).toBe('Recommended: Fine-grained token');
  await popup.click(PUBLISH);
  await expect.poll(() => recommendation(popup)).toBe('Recommended: Classic token');
  expect(await popup.evaluate(() => document.querySelector('.kind-recommendation .reason')?.textContent)).toBe(
    'Only a classic token can use GitHub Packages.',
  );
  await popup.click(HTTPS);
  await popup.click(OTHERS_REPOS);
  await expect.poll(() => recommendation(popup)).toBe('Recommended: Classic token');
  expect(driver.pageErrors).toEqual([]);
});

test('taking the recommendation saves it: the reopened popup and the options page show it', async ({ driver }) => {
  let popup = await openChooser(driver);
  expect(await startKindLine(popup)).toBe('Start guide makes a classic token.');
  await popup.click(HTTPS);
  await popup.click({ role: 'button', name: 'Use a fine-grained token' });
  await expect.poll(async () => (await storedSettings(driver)).tokenKind).toBe('fine-grained');
  expect((await storedSettings(driver)).kindChoice).toEqual({ purpose: 'https', facts: [] });

  await popup.reload();
  popup = await driver.popup();
  await expect.poll(() => startKindLine(popup)).toBe('Start guide makes a fine-grained token.');
  // The button keeps its name; the kind is said in the line beside it.
  expect(await popup.count({ role: 'button', name: 'Start guide' })).toBe(1);
  await popup.click({ role: 'button', name: 'Which kind?' });
  expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="kind-purpose"]:checked')?.value)).toBe('https');

  const options = await driver.options();
  await options.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="token-kind"]:checked')?.value === 'fine-grained');
  expect(driver.pageErrors).toEqual([]);
});

test('taking the other kind works', async ({ driver }) => {
  const popup = await openChooser(driver);
  await popup.click(HTTPS);
  await popup.click({ role: 'button', name: 'Use a classic token instead' });
  await expect.poll(async () => (await storedSettings(driver)).kindChoice).toEqual({ purpose: 'https', facts: [] });
  expect((await storedSettings(driver)).tokenKind).toBe('classic');
  expect(await startKindLine(popup)).toBe('Start guide makes a classic token.');

  await popup.click({ role: 'button', name: 'Which kind?' });
  await popup.click(PUBLISH);
  await popup.click({ role: 'button', name: 'Use a fine-grained token instead' });
  await expect.poll(async () => (await storedSettings(driver)).tokenKind).toBe('fine-grained');
  await expect.poll(() => startKindLine(popup)).toBe('Start guide makes a fine-grained token.');
  expect(driver.pageErrors).toEqual([]);
});

/** On Developer settings the two guides part: each points at its own kind's list in the sidebar. */
async function startOnDeveloperSettings(driver: Driver): Promise<DriverPage> {
  const page = await driver.newPage();
  await page.goto('https://github.com/settings/apps');
  const popup = await driver.popup();
  await page.bringToFront();
  await popup.click({ role: 'button', name: 'Start guide' });
  await page.bringToFront();
  return page;
}

test('Start guide then starts the fine-grained guide: its first step on the page, its steps in the popup', async ({ driver }) => {
  const popup = await openChooser(driver);
  await popup.click(HTTPS);
  await popup.click({ role: 'button', name: 'Use a fine-grained token' });
  await expect.poll(() => startKindLine(popup)).toBe('Start guide makes a fine-grained token.');

  const page = await startOnDeveloperSettings(driver);
  await page.waitFor(marked('open-tokens-fine-grained'), { state: 'attached', timeout: 15_000 });
  await page.waitForDomIdle(500);
  expect(await page.countWithAttribute(MARKER)).toBe(1);
  await popup.waitForFunction(() => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === 'open-tokens-fine-grained');
  expect(await popup.evaluate(() => [...document.querySelectorAll('li[data-step]')].map((li) => li.getAttribute('data-step')))).toEqual([
    ...FINE_GRAINED_STEP_ORDER,
  ]);
  expect(driver.pageErrors).toEqual([]);
});

test('after taking classic, Start guide starts the classic guide', async ({ driver }) => {
  const popup = await openChooser(driver);
  await popup.click(PUBLISH);
  await popup.click({ role: 'button', name: 'Use a classic token' });
  await expect.poll(async () => (await storedSettings(driver)).tokenKind).toBe('classic');

  const page = await startOnDeveloperSettings(driver);
  await page.waitFor(marked('open-tokens-classic'), { state: 'attached', timeout: 15_000 });
  expect(await page.count(marked('open-tokens-fine-grained'))).toBe(0);
  expect(driver.pageErrors).toEqual([]);
});
