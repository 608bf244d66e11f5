import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/background/handle-message';
import { FINE_GRAINED_GUIDE_SCRIPT_FILE, GUIDE_SCRIPT_FILE } from '@/lib/background/guide-script';
import { restoreGuideScript } from '@/lib/background/guide-restore';
import { renewFromNotification } from '@/lib/background/renewal';
import { IDLE_GUIDE } from '@/lib/guide/schema';
import { notificationId } from '@/lib/reminders/names';
import { DAY_MS, reminderKey } from '@/lib/reminders/plan';
import { receiveMessage } from '@/lib/background/handle-message';
import type { GuideSnapshot } from '@/lib/guide/snapshot';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { readGuideState, readSettings, remindersItem, saveSettings, settingsItem, updateGuideState } from '@/lib/storage';
import { fakeScripting } from '../support/fake-scripting';
import { githubTabs, registeredFiles } from '../support/github-tabs';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('start-guide with a kind of token', () => {
  it('starts a fine-grained guide with the fine-grained script, in place on a GitHub tab', async () => {
    githubTabs(5);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleMessage({ type: 'start-guide', restart: false, tokenKind: 'fine-grained' });
    expect(await readGuideState()).toMatchObject({ active: true, tokenKind: 'fine-grained', kind: 'create', fastPath: false });
    expect(registeredFiles()).toEqual([[FINE_GRAINED_GUIDE_SCRIPT_FILE]]);
    expect(fakeScripting.injections).toEqual([{ tabId: 5, file: `/${FINE_GRAINED_GUIDE_SCRIPT_FILE}` }]);
    expect(create).not.toHaveBeenCalled();
  });

  it('starts the classic guide as before when no kind is named', async () => {
    githubTabs(5);
    await handleMessage({ type: 'start-guide', restart: false });
    expect(await readGuideState()).toMatchObject({ active: true, tokenKind: 'classic' });
    expect(registeredFiles()).toEqual([[GUIDE_SCRIPT_FILE]]);
  });

  it('starts over for the other kind, switching the script, but resumes a guide of the same kind', async () => {
    githubTabs(5);
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true, stepId: 'open-tokens-classic', untickedScopes: ['repo'] }));
    await handleMessage({ type: 'start-guide', restart: false, tokenKind: 'fine-grained' });
    expect(await readGuideState()).toMatchObject({ tokenKind: 'fine-grained', stepId: null, untickedScopes: [] });
    expect(registeredFiles()).toEqual([[FINE_GRAINED_GUIDE_SCRIPT_FILE]]);
    await updateGuideState((state) => ({ ...state, stepId: 'fg-name' }));
    await handleMessage({ type: 'start-guide', restart: false, tokenKind: 'fine-grained' });
    expect((await readGuideState()).stepId).toBe('fg-name');
  });

  it('registers the fine-grained script again when the background starts with a fine-grained guide left active', async () => {
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true, tokenKind: 'fine-grained' }));
    restoreGuideScript();
    await vi.waitFor(() => expect(registeredFiles()).toEqual([[FINE_GRAINED_GUIDE_SCRIPT_FILE]]));
  });
});

describe('renewing a fine-grained token from its reminder', () => {
  const NOW = Date.UTC(2026, 11, 3, 9, 0, 0);
  const REMINDER = { note: 'deploy', expiresAt: NOW + 5 * DAY_MS, remindAt: NOW, notified: true, tokenKind: 'fine-grained' as const };

  async function click(stored: object) {
    await remindersItem.setValue([stored] as never);
    const id = notificationId(reminderKey(REMINDER));
    await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: '', title: 't', message: 'm' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await renewFromNotification(id);
    return create;
  }

  it('opens its regenerate form on the fine-grained pages, with the fine-grained guide', async () => {
    const create = await click({ ...REMINDER, tokenId: '2001' });
    expect(create).toHaveBeenCalledWith({ url: 'https://github.com/settings/personal-access-tokens/2001/regenerate', active: true });
    expect(await readGuideState()).toMatchObject({ active: true, kind: 'renew', tokenKind: 'fine-grained', renewing: { tokenId: '2001', note: 'deploy' } });
    expect(registeredFiles()).toEqual([[FINE_GRAINED_GUIDE_SCRIPT_FILE]]);
  });

  it('opens the fine-grained token list when its id is unknown', async () => {
    const create = await click(REMINDER);
    expect(create).toHaveBeenCalledWith({ url: 'https://github.com/settings/personal-access-tokens', active: true });
  });

  it('renews a classic token’s reminder on the classic pages, with the classic guide', async () => {
    const create = await click({ ...REMINDER, tokenKind: undefined, tokenId: '1001' });
    expect(create).toHaveBeenCalledWith({ url: 'https://github.com/settings/tokens/1001/regenerate', active: true });
    expect(await readGuideState()).toMatchObject({ kind: 'renew', tokenKind: 'classic' });
    expect(registeredFiles()).toEqual([[GUIDE_SCRIPT_FILE]]);
  });
});

function createdUrls(create: { mock: { calls: unknown[][] } }): string[] {
  return create.mock.calls.map(([options]) => (options as { url: string }).url);
}

describe('open-fine-grained-form', () => {
  beforeEach(() => vi.stubEnv('BROWSER', 'firefox'));
  afterEach(() => vi.unstubAllEnvs());

  it('opens GitHub’s template URL built from the settings and the chosen preset, in a new tab', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, noteTemplate: '{browser} {date}', fineGrained: { ...DEFAULT_SETTINGS.fineGrained, expiration: { kind: 'preset', days: 60 } } };
    expect((await saveSettings(settings)).ok).toBe(true);
    githubTabs();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleMessage({ type: 'open-fine-grained-form', presetId: 'actions' });
    const url = new URL(createdUrls(create)[0]!);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/settings/personal-access-tokens/new');
    expect(url.searchParams.get('name')).toMatch(/^Firefox \d{4}-\d\d-\d\d$/);
    expect(Object.fromEntries([...url.searchParams].filter(([key]) => !['name', 'description'].includes(key)))).toEqual({ expires_in: '60', contents: 'write', workflows: 'write' });
  });

  it('starts the fine-grained guide on the fast path with the plan the URL asked for, and its script', async () => {
    githubTabs(3);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleMessage({ type: 'open-fine-grained-form', presetId: 'read-code' });
    const state = await readGuideState();
    expect(state).toMatchObject({ active: true, kind: 'create', tokenKind: 'fine-grained', fastPath: true, fastPlan: null });
    expect(state.fineGrainedPlan).toMatchObject({ expiresIn: 30, permissions: [{ key: 'contents', access: 'read' }] });
    expect(new URL(createdUrls(create)[0]!).searchParams.get('name')).toBe(state.fineGrainedPlan!.name);
    expect(registeredFiles()).toEqual([[FINE_GRAINED_GUIDE_SCRIPT_FILE]]);
    expect(fakeScripting.injections).toEqual([{ tabId: 3, file: `/${FINE_GRAINED_GUIDE_SCRIPT_FILE}` }]);
  });

  it('takes the custom permissions from the settings', async () => {
    const fineGrained = { ...DEFAULT_SETTINGS.fineGrained, customPermissions: [{ key: 'issues', access: 'read' }] } as const;
    await saveSettings({ ...DEFAULT_SETTINGS, fineGrained });
    await handleMessage({ type: 'open-fine-grained-form', presetId: 'custom' });
    expect((await readGuideState()).fineGrainedPlan?.permissions).toEqual([{ key: 'issues', access: 'read' }]);
  });
});

describe('choose-token-kind', () => {
  const OWN_ID = fakeBrowser.runtime.id;
  const popup = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };

  it('saves the default kind and the chooser’s answers, leaving every other setting as it was', async () => {
    const before: Settings = { ...DEFAULT_SETTINGS, presetId: 'actions', noteTemplate: 'ci {date}' };
    await saveSettings(before);
    await receiveMessage({ type: 'choose-token-kind', kind: 'fine-grained', purpose: 'https', facts: ['several-orgs', 'several-orgs'] }, popup);
    expect((await readSettings()).settings).toEqual({ ...before, tokenKind: 'fine-grained', kindChoice: { purpose: 'https', facts: ['several-orgs'] } });
  });

  it('resumes a running guide when no kind is named, whatever the default kind', async () => {
    githubTabs(5);
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true, stepId: 'fill-note', untickedScopes: ['repo'] }));
    await handleMessage({ type: 'choose-token-kind', kind: 'fine-grained', purpose: null, facts: [] });
    await handleMessage({ type: 'start-guide', restart: false });
    expect(await readGuideState()).toMatchObject({ tokenKind: 'classic', stepId: 'fill-note', untickedScopes: ['repo'] });
    await handleMessage({ type: 'start-guide', restart: true });
    expect(await readGuideState()).toMatchObject({ tokenKind: 'fine-grained', stepId: null });
  });

  it('makes "Start guide" without a kind start the chosen one; choosing classic again restores today’s guide', async () => {
    githubTabs(5);
    await handleMessage({ type: 'choose-token-kind', kind: 'fine-grained', purpose: null, facts: [] });
    await handleMessage({ type: 'start-guide', restart: false });
    expect((await readGuideState()).tokenKind).toBe('fine-grained');
    await handleMessage({ type: 'choose-token-kind', kind: 'classic', purpose: 'publish-packages', facts: [] });
    await handleMessage({ type: 'start-guide', restart: true });
    expect((await readGuideState()).tokenKind).toBe('classic');
    expect(registeredFiles()).toEqual([[GUIDE_SCRIPT_FILE]]);
  });

  it('repairs settings it cannot read while saving the choice, rather than failing', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, reminders: 'often' } as never);
    await handleMessage({ type: 'choose-token-kind', kind: 'fine-grained', purpose: 'cli', facts: [] });
    expect((await readSettings()).settings).toMatchObject({ tokenKind: 'fine-grained', reminders: DEFAULT_SETTINGS.reminders });
  });
});

describe('the snapshot every tab gets', () => {
  const tab = { id: fakeBrowser.runtime.id, url: 'https://github.com/settings/personal-access-tokens/new', tab: { id: 4 } as never };

  it('carries the settings’ fine-grained plan beside the classic one', async () => {
    const fineGrained = { ...DEFAULT_SETTINGS.fineGrained, presetId: 'issues-prs', expiration: { kind: 'none' } } as const;
    await saveSettings({ ...DEFAULT_SETTINGS, fineGrained });
    const snapshot = (await receiveMessage({ type: 'guide-hello' }, tab)) as GuideSnapshot;
    expect(snapshot.fineGrainedPlan).toMatchObject({ expiresIn: 'none', permissions: [{ key: 'issues', access: 'write' }, { key: 'pull_requests', access: 'write' }] });
    expect(snapshot.plan.scopes).toEqual(['repo', 'admin:repo_hook', 'delete_repo']);
  });

  it('says when the saved fine-grained preset could not be used', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, fineGrained: { ...DEFAULT_SETTINGS.fineGrained, presetId: 'everything' } } as never);
    const snapshot = (await receiveMessage({ type: 'guide-hello' }, tab)) as GuideSnapshot;
    expect(snapshot.fineGrainedPlan?.notice).toBeTruthy();
    expect(snapshot.fineGrainedPlan?.permissions).toEqual([{ key: 'contents', access: 'write' }]);
  });
});
