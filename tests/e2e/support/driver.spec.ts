import { holdsReminderPermissions } from './extension-state';
import { expect, test, type Driver, type DriverPage } from './index';
import { createGitHubReplica } from './replica';

/**
 * The driver's own contract, checked in both browsers: a guided-flow test written once must
 * mean the same clicks, keys and waits in each. Pages are built in a routed github.com tab.
 */

type Log = { log: string[] };

// Scratch pages replace github.com's DOM under its scripts; with soft navigation Turbo would take the link
// clicks on them (a same-page anchor visit renders the replica's page again), so these pages load without it.
test.use({ replica: { navigation: 'full' } });

async function pageWith(page: DriverPage, html: string, guideHtml?: string): Promise<void> {
  await page.goto('https://github.com/');
  await page.evaluate(
    ({ html, guideHtml }) => {
      const log: string[] = [];
      (window as unknown as Log).log = log;
      document.body.innerHTML = html;
      if (guideHtml !== undefined) {
        const host = document.body.appendChild(document.createElement('pat-pilot-ui'));
        host.attachShadow({ mode: 'open' }).innerHTML = guideHtml;
      }
      const record = (event: Event) => {
        // Named keys only: typed characters show in the field's value.
        if (event instanceof KeyboardEvent && event.key.length === 1) return;
        const target = (event.composedPath()[0] as Element).closest('[id]');
        log.push(`${event.type} ${target?.id}${event instanceof KeyboardEvent ? ` ${event.key}` : ''}`);
      };
      for (const type of ['click', 'change', 'keydown']) document.addEventListener(type, record, true);
    },
    { html, guideHtml },
  );
}

const log = (page: DriverPage) => page.evaluate(() => (window as unknown as Log).log);

test('clicks by role and name on the page and in the guide, never through a cover', async ({ driver }) => {
  const page = await driver.newPage();
  await pageWith(
    page,
    `<button id="save">Save</button><a id="menu" href="#m" aria-label="Open user navigation menu"><svg width="20" height="20" aria-hidden="true"></svg></a>
     <button id="hidden" hidden>Save</button><div data-pat-pilot-step="x"></div>`,
    `<div role="dialog" aria-labelledby="t"><h2 id="t">Open your profile menu</h2><p>Step 1 of 14</p>
     <button id="next">Next</button></div>`,
  );
  await page.click({ role: 'button', name: 'Save' });
  await page.click({ role: 'link', name: /user navigation/ });
  await page.ui.clickButton('Next');
  expect(await log(page)).toEqual(['click save', 'click menu', 'click next']);
  expect(await page.ui.dialogName()).toBe('Open your profile menu');
  expect(await page.ui.text()).toBe('Open your profile menu Step 1 of 14 Next');
  expect(await page.count({ role: 'button', name: 'Next' })).toBe(0);
  expect(await page.countWithAttribute('data-pat-pilot-step')).toBe(1);

  await page.evaluate(() => {
    const cover = document.body.appendChild(document.createElement('div'));
    cover.id = 'cover';
    cover.style.cssText = 'position:fixed;inset:0;z-index:9';
  });
  await expect(page.click('#save', { timeout: 1000 })).rejects.toThrow(/would hit <div#cover>/);
  await page.evaluate(() => document.getElementById('cover')!.style.setProperty('pointer-events', 'none'));
  await page.click('#save');
  expect((await log(page)).slice(-1)).toEqual(['click save']);
});

test('types, fills, chooses options and presses keys as a user does', async ({ driver }) => {
  const page = await driver.newPage();
  await pageWith(
    page,
    `<label>Note <input id="note" value="old"></label>
     <select id="expiry"><option value="7">7 days</option><option value="30">30 days</option></select>`,
  );
  await page.fill({ role: 'textbox', name: 'Note' }, 'ci token');
  await page.type('#note', ' 2');
  await page.press('Escape');
  await page.selectOption('#expiry', '30');
  expect(await page.evaluate(() => (document.getElementById('note') as HTMLInputElement).value)).toBe('ci token 2');
  expect(await page.evaluate(() => (document.getElementById('expiry') as HTMLSelectElement).value)).toBe('30');
  expect(await log(page)).toEqual(['click note', 'click note', 'keydown note Escape', 'change expiry']);
});

test('a double click selects a word and the copy shortcut copies it', async ({ driver }) => {
  const page = await driver.newPage();
  await pageWith(page, '<p>Your token <code id="token">ghp_x1Y2z3</code> is ready</p>');
  await page.evaluate(() => {
    const log = (window as unknown as Log).log;
    document.addEventListener('copy', () => log.push(`copy ${getSelection()}`));
  });
  await page.click('#token', { count: 2 });
  expect(await page.evaluate(() => String(getSelection()))).toBe('ghp_x1Y2z3');
  await page.press('Control+c');
  expect((await log(page)).slice(-1)).toEqual(['copy ghp_x1Y2z3']);
});

test('moves back, forward and reloads across soft and full navigations', async ({ driver }) => {
  const page = await driver.newPage();
  await page.goto('https://github.com/a');
  await page.goto('https://github.com/b');
  await page.evaluate(() => history.pushState({}, '', '/b/soft'));
  await page.back();
  expect(await page.url()).toBe('https://github.com/b');
  await page.back();
  expect(await page.url()).toBe('https://github.com/a');
  await page.forward();
  expect(await page.url()).toBe('https://github.com/b');
  await page.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { marked?: boolean }).marked)).toBeUndefined();
  expect(driver.replica.requests.map((r) => new URL(r.url).pathname)).toEqual(
    expect.arrayContaining(['/a', '/b']),
  );
});

test('redirects and form posts reach the replica; other hosts are refused and recorded', async ({ launchDriver }) => {
  const github = createGitHubReplica();
  const served = github.handle.bind(github);
  const html = (body: string) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body });
  const to = (path: string) => ({ status: 302, headers: { location: `https://github.com${path}` }, body: '' });
  const seen: string[] = [];
  github.handle = (request) => {
    seen.push(`${request.method} ${request.url} ${request.body ?? ''}`.trim());
    const path = new URL(request.url).pathname;
    if (path === '/start') return to('/form');
    if (path === '/form') return html('<form method="post" action="/submit"><input id="note" name="note"><button>Send</button></form>');
    if (path === '/submit') return to('/done');
    if (path === '/done') return html('<h1 id="done">Done</h1><script>fetch("https://example.com/beacon").catch(() => {})</script>');
    return served(request);
  };
  const driver = await launchDriver({ github });
  const page = await driver.newPage();
  await page.goto('https://github.com/start');
  expect(await page.url()).toBe('https://github.com/form');
  await page.fill('#note', 'a b&c');
  await page.click({ role: 'button', name: 'Send' });
  await page.waitFor('#done');
  expect(await page.url()).toBe('https://github.com/done');
  expect(seen.filter((line) => !line.endsWith('/favicon.ico'))).toEqual([
    'GET https://github.com/start', 'GET https://github.com/form', 'POST https://github.com/submit note=a+b%26c',
    'GET https://github.com/done',
  ]);
  await expect.poll(() => driver.blockedRequests).toContain('GET https://example.com/beacon');
});

test('answers dialogs as told, never blocks on one, and sees the "leave page?" prompt', async ({ driver }) => {
  const page = await driver.newPage();
  const guardedPage = async () => {
    await pageWith(page, '<button id="warn">Warn</button><button id="ask">Ask</button>');
    await page.evaluate(() => {
      const log = (window as unknown as Log).log;
      document.getElementById('warn')!.addEventListener('click', () => (alert('Careful'), log.push('alerted')));
      document.getElementById('ask')!.addEventListener('click', () => log.push(`confirmed ${confirm('Leave?')}`));
      addEventListener('beforeunload', (event) => event.preventDefault());
    });
  };
  await guardedPage();
  await page.click('#warn');
  await page.click('#ask');
  page.answerDialogs('accept');
  await page.click('#ask');
  expect(await log(page)).toEqual(['click warn', 'alerted', 'click ask', 'confirmed false', 'click ask', 'confirmed true']);
  // Browsers ask before leaving only pages the user interacted with: the clicks above count.
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as Partial<Log>).log)).toBeUndefined();

  // Firefox (over BiDi) ignores an accepted prompt for a reload or link once one was refused in
  // the same document, so the refusals come last here; a refused prompt does not block closing.
  await guardedPage();
  await page.click('#warn');
  page.answerDialogs('dismiss');
  await page.reload();
  await page.close({ runBeforeUnload: true });
  expect(page.isClosed()).toBe(false);
  expect(await log(page)).toEqual(['click warn', 'alerted']);
  page.answerDialogs('accept');
  await page.close({ runBeforeUnload: true });
  expect(page.isClosed()).toBe(true);

  expect(page.dialogs().map(({ type, answer }) => `${type} ${answer}`)).toEqual([
    'alert dismiss', 'confirm dismiss', 'confirm accept', 'beforeunload accept',
    'alert accept', 'beforeunload dismiss', 'beforeunload dismiss', 'beforeunload accept',
  ]);
  expect(page.dialogs()[1]!.message).toBe('Leave?');
});

test("the extension's background page reaches nothing unseen either", async ({ driver }) => {
  // Chromium routes the service worker's requests with the context's; Firefox's BiDi interception
  // sees tabs only, so its background page goes through the recording proxy instead.
  test.skip(driver.browserName !== 'firefox', 'only Firefox has a background page outside interception');
  const popup = await driver.popup();
  const outcome = await popup.evaluate(() => {
    type Background = { fetch: typeof fetch };
    const api = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): Background } } }).browser;
    return api.extension.getBackgroundPage().fetch('https://example.com/beacon').then(() => 'answered', () => 'refused');
  });
  expect(outcome).toBe('refused');
  expect(driver.blockedRequests).toEqual(['CONNECT https://example.com:443']);
});

const scopesOffered = (page: DriverPage) => page.evaluate(() =>
  [...document.querySelectorAll<HTMLInputElement>('input[name="oauth_access[scopes][]"]')].map((box) => box.value));

test('serves the enterprise hosts as their own kind of GitHub, links and form posts staying on each host', async ({ launchDriver }) => {
  // Sudo is asked for wherever the host's kind allows: on github.com, not on the SAML instance nor for managed users.
  const driver = await launchDriver({ replica: { sudo: 'same-url' } });
  const page = await driver.newPage();
  await page.goto('https://github.com/settings/tokens/new');
  await page.fill('#sudo_password', 'any');
  await page.click({ role: 'button', name: 'Confirm' });
  await page.waitFor('#new_oauth_access');
  expect(await scopesOffered(page)).toContain('repo');
  expect(await scopesOffered(page)).not.toContain('site_admin');

  await page.goto('https://acme.ghe.com/settings/tokens');
  await page.waitFor({ role: 'heading', name: 'Personal access tokens (classic)' });
  await page.goto('https://acme.ghe.com/settings/tokens/new');
  await page.waitFor('#new_oauth_access');
  expect(await scopesOffered(page)).not.toContain('site_admin');
  expect(await page.evaluate(() => document.querySelector('meta[name="user-login"]')?.getAttribute('content'))).toBe('octocat_acme');

  await page.goto('https://github.example.com/settings/tokens');
  await page.waitFor({ role: 'heading', name: 'Personal access tokens (classic)' });
  await page.click({ role: 'button', name: 'Generate new token' });
  await page.click({ role: 'menuitem', name: /^Generate new token \(classic\)/ });
  await page.waitFor('#new_oauth_access');
  // Firefox may still be laying the page out after a Turbo visit; a click then lands on another box.
  await page.waitForDomIdle();
  expect(await page.url()).toBe('https://github.example.com/settings/tokens/new');
  expect(await page.count('#sudo')).toBe(0);
  expect(await scopesOffered(page)).toEqual(expect.arrayContaining(['repo', 'site_admin']));
  await page.fill({ role: 'textbox', name: 'Note' }, 'instance admin');
  // The last box of a long list: Firefox sometimes clicked while still scrolling to it, and the click missed.
  await page.evaluate(() => document.querySelector('input[value="site_admin"]')!.scrollIntoView({ block: 'center' }));
  await page.waitForDomIdle();
  await page.click('input[value="site_admin"]');
  expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('input[value="site_admin"]')!.checked)).toBe(true);
  await page.click({ role: 'button', name: 'Generate token' });
  await page.waitFor('#new-oauth-token');
  expect(await page.url()).toBe('https://github.example.com/settings/tokens');
  expect(driver.replica.createdTokens.map(({ note, scopes }) => ({ note, scopes }))).toEqual([{ note: 'instance admin', scopes: ['site_admin'] }]);
  expect(driver.blockedRequests).toEqual([]);
});

test('a host the replica does not serve stays blocked and recorded', async ({ driver }) => {
  const page = await driver.newPage();
  await page.goto('https://github.example.com/');
  expect(await page.evaluate(() => fetch('https://other.ghe.com/settings/tokens').then(() => 'answered', () => 'refused'))).toBe('refused');
  expect(driver.blockedRequests).toEqual(['GET https://other.ghe.com/settings/tokens']);
  expect(driver.replica.requests.map(({ url }) => url)).not.toContain('https://other.ghe.com/settings/tokens');
});

test('grants the optional host permission a test allows once the extension asks for it', async ({ launchDriver }) => {
  // The build's manifest lists any https host as optional (wxt.config.ts); the test allows this one.
  const origins = ['https://github.example.com/*'];
  const driver = await launchDriver({ allowHostPermissions: origins });
  const popup = await driver.popup();
  type Permissions = { permissions: { contains(p: object): Promise<boolean>; request(p: object): Promise<boolean> } };
  const held = () => popup.evaluate((origins) => {
    const scope = globalThis as unknown as { browser?: Permissions; chrome?: Permissions };
    return (scope.browser ?? scope.chrome)!.permissions.contains({ origins });
  }, origins);
  expect(await held()).toBe(false);
  // As the product will: the request comes from a click in one of its pages.
  await popup.evaluate((origins) => {
    const scope = globalThis as unknown as { browser?: Permissions; chrome?: Permissions };
    const button = document.body.appendChild(document.createElement('button'));
    button.textContent = 'Use github.example.com';
    button.addEventListener('click', () => {
      void (scope.browser ?? scope.chrome)!.permissions.request({ origins }).then((granted) => (button.dataset.granted = String(granted)));
    });
  }, origins);
  await popup.click({ role: 'button', name: 'Use github.example.com' });
  await popup.waitFor('button[data-granted="true"]');
  expect(await held()).toBe(true);
});

const openUrls = async (driver: Driver) => Promise.all((await driver.pages()).map((page) => page.url()));
const served = (driver: Driver, path: string) => driver.replica.requests.filter((request) => request.url === `https://github.com${path}`).length;

test('a restart keeps the extension, its storage and permissions, and github.com on the same replica', async ({ driver }) => {
  await driver.setStorage('local', { restartProbe: 'written before' });
  await driver.allowReminders();
  const page = await driver.newPage();
  await page.goto('https://github.com/settings/tokens');
  // A page that would ask before leaving does not hold the quit up: no browser asks it.
  await page.evaluate(() => addEventListener('beforeunload', (event) => event.preventDefault()));
  await page.click({ role: 'heading', name: 'Personal access tokens (classic)' });
  const extensionId = driver.extensionId;

  await driver.restart();
  expect(page.dialogs()).toEqual([]);
  expect(driver.extensionId).toBe(extensionId);
  // Without restoreTabs only what the browser opens by itself: a blank tab and the e2e build's popup.
  expect(await openUrls(driver)).not.toContainEqual(expect.stringContaining('github.com'));
  expect((await driver.storage()).local.restartProbe).toBe('written before');
  expect(await (await driver.popup()).evaluate(holdsReminderPermissions)).toBe(true);
  const again = await driver.newPage();
  await again.goto('https://github.com/settings/tokens');
  await again.waitFor({ role: 'heading', name: 'Personal access tokens (classic)' });
  expect(served(driver, '/settings/tokens')).toBe(2);
  expect(driver.blockedRequests).toEqual([]);
});

test('a restart with restoreTabs opens again the tabs that were open, served by the replica', async ({ driver }) => {
  const page = await driver.newPage();
  await page.goto('https://github.com/settings/tokens');
  await driver.restart({ restoreTabs: true });
  const restored = await driver.waitForPage((url) => url === 'https://github.com/settings/tokens');
  await restored.waitFor({ role: 'heading', name: 'Personal access tokens (classic)' });
  // A restore may draw the page from the browser's cache; a reload asks github.com again.
  const servedBefore = served(driver, '/settings/tokens');
  await restored.reload();
  await restored.waitFor({ role: 'heading', name: 'Personal access tokens (classic)' });
  expect(served(driver, '/settings/tokens')).toBe(servedBefore + 1);
  await driver.popup();
  expect(driver.blockedRequests).toEqual([]);
});
