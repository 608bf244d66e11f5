import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/background/handle-message';
import { parsePrefillUrl } from '@/lib/github/prefill-url';
import { IDLE_GUIDE } from '@/lib/guide/schema';
import { parseMessage } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { readGuideState, saveSettings, updateGuideState } from '@/lib/storage';

type Tab = Awaited<ReturnType<typeof fakeBrowser.tabs.create>>;

function activeTab(url: string | undefined) {
  const tab = { id: 7, index: 0, windowId: 1, url, active: true, highlighted: true, pinned: false, incognito: false };
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab as unknown as Tab] as never);
}

function createdUrls(create: { mock: { calls: unknown[][] } }): string[] {
  return create.mock.calls.map(([options]) => (options as { url: string }).url);
}

describe('start-guide', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens https://github.com/ in a new active tab when the active tab is not on GitHub', async () => {
    activeTab('https://example.org/');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleMessage({ type: 'start-guide', restart: false });
    expect(create).toHaveBeenCalledWith({ url: 'https://github.com/', active: true });
    expect(await readGuideState()).toMatchObject({ active: true, fastPath: false, stepId: null });
  });

  it('starts in place, without navigating, when the active tab is a github.com page', async () => {
    activeTab('https://github.com/octocat/hello-world');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleMessage({ type: 'start-guide', restart: false });
    expect(create).not.toHaveBeenCalled();
    expect((await readGuideState()).active).toBe(true);
  });

  it('treats a look-alike host as not GitHub', async () => {
    activeTab('https://github.com.evil.example/');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleMessage({ type: 'start-guide', restart: false });
    expect(createdUrls(create)).toEqual(['https://github.com/']);
  });

  it('resumes a running guide without losing its progress', async () => {
    activeTab('https://github.com/settings/apps');
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true, stepId: 'open-tokens-classic', untickedScopes: ['repo'] }));
    await handleMessage({ type: 'start-guide', restart: false });
    expect(await readGuideState()).toMatchObject({ stepId: 'open-tokens-classic', untickedScopes: ['repo'] });
  });

  it('starts over from a clean state on restart', async () => {
    activeTab('https://github.com/settings/apps');
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true, stepId: 'open-tokens-classic', untickedScopes: ['repo'] }));
    await handleMessage({ type: 'start-guide', restart: true });
    expect(await readGuideState()).toMatchObject({ active: true, stepId: null, untickedScopes: [] });
  });

  it('keeps the notes already listed on the tokens page when starting over', async () => {
    activeTab('https://github.com/settings/tokens');
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true, knownNotes: ['laptop'] }));
    await handleMessage({ type: 'start-guide', restart: true });
    expect((await readGuideState()).knownNotes).toEqual(['laptop']);
  });
});

describe('open-prefilled-form', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubEnv('BROWSER', 'firefox'); // what WXT defines at build time
  });
  afterEach(() => vi.unstubAllEnvs());

  it('opens the form prefilled from the settings and starts the guide in fast-path mode', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, noteTemplate: '{browser} {date}', expiration: { kind: 'preset', days: 60 } };
    expect((await saveSettings(settings)).ok).toBe(true);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleMessage({ type: 'open-prefilled-form', presetId: 'actions' });
    const [url] = createdUrls(create);
    expect(url).toMatch(/^https:\/\/github\.com\/settings\/tokens\/new\?/);
    expect(parsePrefillUrl(url!)).toMatchObject({ note: expect.stringMatching(/^Firefox \d{4}-\d\d-\d\d$/), scopes: ['repo', 'workflow'], expiration: '60' });
    expect(await readGuideState()).toMatchObject({ active: true, fastPath: true });
  });

  it('uses the preset picked in the popup, with the custom scopes from the settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, presetId: 'https', customScopes: ['gist', 'repo'], expiration: { kind: 'none' } });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleMessage({ type: 'open-prefilled-form', presetId: 'custom' });
    expect(parsePrefillUrl(createdUrls(create)[0]!)).toMatchObject({ scopes: ['repo', 'gist'], expiration: 'none' });
  });
});

describe('message validation', () => {
  it('accepts known presets and rejects anything else', () => {
    expect(parseMessage({ type: 'open-prefilled-form', presetId: 'custom' })).toBeDefined();
    expect(parseMessage({ type: 'open-prefilled-form', presetId: 'everything' })).toBeUndefined();
    expect(parseMessage({ type: 'start-guide' })).toBeUndefined();
    // The guide is stopped from its own callout (storage), never by a message.
    expect(parseMessage({ type: 'stop-guide' })).toBeUndefined();
  });
});
