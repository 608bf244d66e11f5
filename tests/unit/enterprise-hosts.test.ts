import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GUIDE_SCRIPT_FILE } from '@/lib/background/guide-script';
import { receiveMessage } from '@/lib/background/handle-message';
import { renewFromNotification } from '@/lib/background/renewal';
import { followHostPermissions } from '@/lib/background/host-permissions';
import { originsOfPatterns, parseHostInput, suggestedHost } from '@/lib/github/hosts';
import { parsePrefillUrl } from '@/lib/github/prefill-url';
import { IDLE_GUIDE } from '@/lib/guide/state';
import { notificationId } from '@/lib/reminders/names';
import { DAY_MS, planReminder, reminderKey, withReminder } from '@/lib/reminders/plan';
import { tokenGenerated } from '@/lib/reminders/from-guide';
import { parseGuideState, readGuideState, remindersItem, updateGuideState } from '@/lib/storage';
import { fakeScripting } from '../support/fake-scripting';

type Tab = Browser.tabs.Tab;
const OWN_ID = fakeBrowser.runtime.id;
const GHES = 'https://github.example.com';
const popup = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
const pageSender = (url: string, id = 4) => ({ id: OWN_ID, url, tab: { id } as Tab });

function tabsAt(...urls: string[]) {
  const tabs = urls.map((url, index) => ({ id: index + 1, url, active: index === 0 }) as Tab);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as never);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('a host the user types', () => {
  it('becomes an https origin, path dropped', () => {
    expect(parseHostInput('github.example.com')).toEqual({ origin: GHES });
    expect(parseHostInput(' https://acme.ghe.com/settings/tokens ')).toEqual({ origin: 'https://acme.ghe.com' });
  });

  it('is refused, with the reason, when it is not one https host', () => {
    expect(parseHostInput('')).toEqual({ problem: 'empty' });
    expect(parseHostInput('http://github.example.com')).toEqual({ problem: 'not-https' });
    expect(parseHostInput('localhost')).toEqual({ problem: 'not-a-host' });
    expect(parseHostInput('https://github.example.com:8443')).toEqual({ problem: 'not-a-host' });
    expect(parseHostInput('github.com')).toEqual({ problem: 'github-com' });
  });
});

describe('the granted hosts', () => {
  it('are the granted origins, without github.com and without wildcards', () => {
    expect(originsOfPatterns(['https://github.com/*', 'https://github.example.com/*', 'https://*/*', 'https://acme.ghe.com/*'])).toEqual([
      'https://acme.ghe.com',
      GHES,
    ]);
  });

  it('are suggested from a tab only for GHE.com web hosts', () => {
    expect(suggestedHost('https://acme.ghe.com/settings/tokens')).toBe('https://acme.ghe.com');
    expect(suggestedHost('https://api.acme.ghe.com.evil.example/')).toBeUndefined();
    expect(suggestedHost('https://github.example.com/')).toBeUndefined();
    expect(suggestedHost(undefined)).toBeUndefined();
  });
});

describe('the guide state', () => {
  it('reads a state stored before enterprise hosts as a guide on github.com', () => {
    const { origin: _origin, ...older } = { ...IDLE_GUIDE, active: true };
    expect(parseGuideState(older)).toMatchObject({ active: true, origin: 'https://github.com' });
  });
});

describe('a guide on an added host', () => {
  beforeEach(() => {
    fakeScripting.hosts = [`${GHES}/*`];
  });

  it('registers the settings stub on the host and the guide script on github.com and the host', async () => {
    tabsAt(`${GHES}/octocat`);
    await receiveMessage({ type: 'start-guide', restart: false, origin: GHES }, popup);
    expect(fakeScripting.registered).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ matches: ['https://github.com/*', `${GHES}/*`], js: [GUIDE_SCRIPT_FILE] }),
        expect.objectContaining({ matches: [`${GHES}/settings/*`], js: ['settings-stub.js'] }),
      ]),
    );
    expect(await readGuideState()).toMatchObject({ active: true, origin: GHES });
  });

  it('opens the host, not github.com, when the active tab is elsewhere', async () => {
    tabsAt('https://github.com/');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await receiveMessage({ type: 'start-guide', restart: false, origin: GHES }, popup);
    expect(create).toHaveBeenCalledWith({ url: `${GHES}/`, active: true });
  });

  it("opens the host's own prefilled form on the fast path", async () => {
    tabsAt('https://example.org/');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await receiveMessage({ type: 'open-prefilled-form', presetId: 'https', origin: GHES }, popup);
    const { url } = create.mock.calls[0]![0] as { url: string };
    expect(parsePrefillUrl(url, GHES)).toMatchObject({ scopes: ['repo'] });
    expect((await readGuideState()).origin).toBe(GHES);
  });

  it('never starts on a host that is not granted', async () => {
    tabsAt('https://example.org/');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(receiveMessage({ type: 'start-guide', restart: false, origin: 'https://other.ghe.com' }, popup)).rejects.toThrow(/other\.ghe\.com/);
    expect((await readGuideState()).active).toBe(false);
  });

  it("takes its script's reports from the granted host only", async () => {
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true, origin: GHES }));
    expect(await receiveMessage({ type: 'guide-hello' }, pageSender(`${GHES}/settings/tokens`))).toMatchObject({ state: { origin: GHES } });
    expect(await receiveMessage({ type: 'guide-hello' }, pageSender('https://other.ghe.com/settings/tokens'))).toBeUndefined();
  });

  it('ends, and leaves the host, when the host is removed', async () => {
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    const removed = vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
    followHostPermissions();
    tabsAt(`${GHES}/settings/tokens`);
    await receiveMessage({ type: 'start-guide', restart: false, origin: GHES }, popup);
    fakeScripting.hosts = [];
    const onRemoved = removed.mock.calls[0]![0] as (permissions: unknown) => void;
    onRemoved({ origins: [`${GHES}/*`] });
    await vi.waitFor(async () => expect((await readGuideState()).active).toBe(false));
    await vi.waitFor(() => expect(fakeScripting.registered).toEqual([]));
    // The host's tab can no longer be found by its URL; it is told all the same.
    const last = fakeScripting.delivered.filter(({ tabId }) => tabId === 1).at(-1)?.message;
    expect(last).toMatchObject({ type: 'guide-snapshot', snapshot: { state: { active: false } } });
  });
});

describe('a reminder of a token made on an added host', () => {
  async function remindOfTokenOnHost(tokenId?: string) {
    const generated = tokenGenerated({ ...IDLE_GUIDE, generatedAt: 5, reminder: { note: 'ci', expiresAt: 10 * DAY_MS, tokenId }, origin: GHES }, IDLE_GUIDE);
    expect(generated).toMatchObject({ origin: GHES });
    const reminder = planReminder('ci', 10 * DAY_MS, 3, 5, generated)!;
    expect(reminder).toMatchObject({ origin: GHES, ...(tokenId && { tokenId }) });
    await remindersItem.setValue([reminder]);
    return reminder;
  }

  it("renews on the host that made it: the token's regenerate form there, with the guide on that host", async () => {
    fakeScripting.hosts = [`${GHES}/*`];
    const reminder = await remindOfTokenOnHost('1001');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await renewFromNotification(notificationId(reminderKey(reminder)));
    expect(create).toHaveBeenCalledWith({ url: `${GHES}/settings/tokens/1001/regenerate`, active: true });
    expect(await readGuideState()).toMatchObject({ active: true, kind: 'renew', origin: GHES, renewing: { tokenId: '1001', note: 'ci' } });
  });

  it("renews from that host's token list when the reminder has no token id", async () => {
    fakeScripting.hosts = [`${GHES}/*`];
    const reminder = await remindOfTokenOnHost();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await receiveMessage({ type: 'start-renewal', reminder: reminderKey(reminder) }, popup);
    expect(create).toHaveBeenCalledWith({ url: `${GHES}/settings/tokens`, active: true });
    expect(await readGuideState()).toMatchObject({ kind: 'renew', origin: GHES });
  });

  it('starts no renewal on a host the user removed since', async () => {
    fakeScripting.hosts = [];
    const reminder = await remindOfTokenOnHost('1001');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(receiveMessage({ type: 'start-renewal', reminder: reminderKey(reminder) }, popup)).rejects.toThrow(/not a host/);
    expect(create).not.toHaveBeenCalled();
    expect((await readGuideState()).active).toBe(false);
  });

  it('stores no host for github.com, so older versions read it as before', () => {
    expect(planReminder('ci', 10 * DAY_MS, 3, 5, { origin: 'https://github.com' })).not.toHaveProperty('origin');
  });

  it('is not replaced by a renewed token of the same note on another host', () => {
    const onHost = planReminder('ci', 10 * DAY_MS, 3, 5, { tokenId: '1001', origin: GHES })!;
    const onGitHub = planReminder('ci', 20 * DAY_MS, 3, 6, { tokenId: '1001' })!;
    expect(withReminder([onHost], onGitHub)).toEqual([onHost, onGitHub]);
    const renewedOnHost = planReminder('ci', 30 * DAY_MS, 3, 7, { origin: GHES })!;
    expect(withReminder([onHost, onGitHub], renewedOnHost)).toEqual([onGitHub, renewedOnHost]);
  });
});

describe('"Renew a token" in the popup', () => {
  it("guides through the token list of the popup's host", async () => {
    fakeScripting.hosts = [`${GHES}/*`];
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await receiveMessage({ type: 'start-renewal', reminder: null, origin: GHES }, popup);
    expect(create).toHaveBeenCalledWith({ url: `${GHES}/settings/tokens`, active: true });
    expect(await readGuideState()).toMatchObject({ kind: 'renew', origin: GHES, renewing: { tokenId: null, note: null } });
  });
});
