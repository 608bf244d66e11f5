import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import {
  acknowledgeSettingsNotes,
  readSettings,
  resetSettings,
  saveSettings,
  settingsItem,
  watchSettings,
} from '@/lib/storage';

// Version 3's fields as they are by default; the classic fields are what these tests are about.
const CUSTOM: Settings = {
  ...DEFAULT_SETTINGS,
  presetId: 'actions',
  customScopes: ['gist'],
  noteTemplate: '{browser} {date} {time}',
  expiration: { kind: 'none' },
  reminders: { enabled: true, daysBefore: 7 },
};

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, notes: [] });
  });

  it('saves valid settings to sync storage as the current version and reads them back', async () => {
    expect(await saveSettings(CUSTOM)).toEqual({ ok: true, settings: CUSTOM });
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({
      settings: CUSTOM,
      settings$: { v: 3 },
    });
    expect(await readSettings()).toEqual({ settings: CUSTOM, notes: [] });
  });

  it('never saves bad input and leaves what was stored untouched', async () => {
    await saveSettings(CUSTOM);
    const result = await saveSettings({ ...CUSTOM, customScopes: ['gist', 'repo:write'], noteTemplate: '' });
    expect(result).toEqual({
      ok: false,
      errors: {
        customScopes: ['Unknown scope "repo:write"'],
        noteTemplate: ['The note cannot be empty: GitHub requires one.'],
      },
    });
    expect((await readSettings()).settings).toEqual(CUSTOM);
  });

  it('resets to the defaults', async () => {
    await saveSettings(CUSTOM);
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs corrupt data, keeps the valid fields and shows each note once', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...CUSTOM, customScopes: ['gist', 'admin:all'] }, settings$: { v: 2 } });
    const first = await readSettings();
    expect(first).toEqual({ settings: CUSTOM, notes: ['Unknown scope "admin:all" removed from your custom scopes.'] });
    await acknowledgeSettingsNotes(first.notes);
    expect(await readSettings()).toEqual({ settings: CUSTOM, notes: [] });
  });

  it('migrates settings stored by version 1', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { preset: 'custom', scopes: 'repo,workflow', note: 'Old {date} {time}', expirationDays: '14', reminderDays: '0' },
    });
    expect(await readSettings()).toEqual({
      settings: {
        presetId: 'custom',
        customScopes: ['repo', 'workflow'],
        noteTemplate: 'Old {date} {time}',
        expiration: { kind: 'custom', days: 14 },
        reminders: { enabled: false, daysBefore: 3 },
        tokenKind: 'classic',
        kindChoice: { purpose: null, facts: [] },
        fineGrained: { presetId: 'https', customPermissions: [], expiration: { kind: 'preset', days: 30 } },
      },
      notes: [],
    });
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
  });

  it('migrates version 1 data that arrives later through sync', async () => {
    await saveSettings(CUSTOM);
    await fakeBrowser.storage.sync.set({ settings: { preset: 'https', expirationDays: 'none' }, settings$: { v: 1 } });
    const { settings } = await readSettings();
    expect(settings.presetId).toBe('https');
    expect(settings.expiration).toEqual({ kind: 'none' });
  });

  it('reads what it can from a newer version, says so, and saves as its own version', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...CUSTOM, theme: 'dark' }, settings$: { v: 4 } });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { settings, notes } = await readSettings();
    expect(settings).toEqual(CUSTOM);
    expect(notes).toEqual([
      'Your settings were saved by a newer version of PAT Pilot; only what this version understands is used.',
      'Ignored settings this version does not know: "theme".',
    ]);
    await saveSettings(settings);
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
  });

  it('falls back to local storage where sync does not work', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync is disabled'));
    expect(await saveSettings(CUSTOM)).toEqual({ ok: true, settings: CUSTOM });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: CUSTOM });
    expect(await readSettings()).toEqual({ settings: CUSTOM, notes: [] });
  });

  it('tells watchers about changes with parsed settings', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await saveSettings(CUSTOM);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(CUSTOM));
    stop();
  });
});
