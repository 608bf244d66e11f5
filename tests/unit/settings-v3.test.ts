import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSettingsV1, migrateSettingsV2 } from '@/lib/settings/migrations';
import { parseSettings } from '@/lib/settings/parse';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { validateSettings } from '@/lib/settings/validate';
import { readSettings, settingsItem } from '@/lib/storage';

const V3_DEFAULTS = {
  tokenKind: 'classic',
  kindChoice: { purpose: null, facts: [] },
  fineGrained: { presetId: 'https', customPermissions: [], expiration: { kind: 'preset', days: 30 } },
};

const V2 = {
  presetId: 'actions',
  customScopes: ['gist'],
  noteTemplate: 'Laptop {date} {time}',
  expiration: { kind: 'none' },
  reminders: { enabled: true, daysBefore: 7 },
};

const FINE_GRAINED = {
  presetId: 'custom',
  customPermissions: [
    { key: 'contents', access: 'read' },
    { key: 'issues', access: 'write' },
  ],
  expiration: { kind: 'custom', days: 200 },
};

describe('settings version 3', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates version 2 by adding the defaults, silently', async () => {
    expect(migrateSettingsV2(V2)).toEqual({ ...V2, ...V3_DEFAULTS });
    await fakeBrowser.storage.sync.set({ settings: V2, settings$: { v: 2 } });
    expect(await readSettings()).toEqual({ settings: { ...V2, ...V3_DEFAULTS }, notes: [] });
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
  });

  it('migrates version 1 through version 2 to version 3', async () => {
    const v1 = { preset: 'https', scopes: '', note: 'Old {date} {time}', expirationDays: '90', reminderDays: '2' };
    expect(migrateSettingsV2(migrateSettingsV1(v1))).toMatchObject(V3_DEFAULTS);
    await fakeBrowser.storage.sync.set({ settings: v1 });
    const { settings, notes } = await readSettings();
    expect(notes).toEqual([]);
    expect(settings).toEqual({
      presetId: 'https',
      customScopes: [],
      noteTemplate: 'Old {date} {time}',
      expiration: { kind: 'preset', days: 90 },
      reminders: { enabled: true, daysBefore: 2 },
      ...V3_DEFAULTS,
    });
  });

  it('keeps version 3 fields a migration meets (synced from a newer version) for the parser to judge', () => {
    const stored = { ...V2, tokenKind: 'fine-grained', fineGrained: 'corrupt' };
    expect(migrateSettingsV2(stored)).toMatchObject({ tokenKind: 'fine-grained', fineGrained: 'corrupt' });
    expect(migrateSettingsV2('garbage')).toBe('garbage');
  });

  it('keeps valid version 3 settings exactly as stored', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      tokenKind: 'fine-grained',
      kindChoice: { purpose: 'api', facts: ['several-orgs'] },
      fineGrained: FINE_GRAINED,
    };
    expect(parseSettings(settings)).toEqual({ settings, notes: [] });
    expect(validateSettings(settings)).toEqual({ ok: true, settings });
  });

  it('repairs a corrupt token kind on its own, with a note', () => {
    const { settings, notes } = parseSettings({ ...DEFAULT_SETTINGS, tokenKind: 'oauth', fineGrained: FINE_GRAINED });
    expect(settings.tokenKind).toBe('classic');
    expect(settings.fineGrained).toEqual(FINE_GRAINED);
    expect(notes).toEqual(['Your saved default token kind was not valid (Choose classic or fine-grained), so the default is used.']);
  });

  it('keeps what is valid of the chooser’s answers', () => {
    const { settings, notes } = parseSettings({
      ...DEFAULT_SETTINGS,
      kindChoice: { purpose: 'mining', facts: ['several-orgs', 'sso', 'several-orgs'] },
    });
    expect(settings.kindChoice).toEqual({ purpose: null, facts: ['several-orgs'] });
    expect(notes).toEqual(['Your saved answer to “Which kind?” was not valid, so the default is used.']);
    expect(parseSettings({ ...DEFAULT_SETTINGS, kindChoice: 5 }).settings.kindChoice).toEqual({ purpose: null, facts: [] });
  });

  it('repairs each part of the fine-grained settings on its own', () => {
    const { settings, notes, fineGrainedPresetFallback } = parseSettings({
      ...DEFAULT_SETTINGS,
      fineGrained: {
        ...FINE_GRAINED,
        customPermissions: [{ key: 'contents', access: 'read' }, { key: 'root', access: 'admin' }, 'issues'],
        expiration: { kind: 'custom', days: 400 },
      },
    });
    expect(fineGrainedPresetFallback).toBeUndefined();
    expect(settings.fineGrained).toEqual({
      presetId: 'custom',
      customPermissions: [{ key: 'contents', access: 'read' }],
      expiration: { kind: 'preset', days: 30 },
    });
    expect(notes).toEqual([
      'Unknown permissions "{"key":"root","access":"admin"}", "issues" removed from your fine-grained permissions.',
      'Your saved fine-grained expiration was not valid (Enter a whole number of days from 1 to 366), so the default is used.',
    ]);
  });

  it('falls back to the default fine-grained preset, and says so on every read, when the stored one cannot be used', () => {
    const parsed = parseSettings({ ...DEFAULT_SETTINGS, fineGrained: { ...FINE_GRAINED, presetId: 'deploy' } });
    expect(parsed.settings.fineGrained).toEqual({ ...FINE_GRAINED, presetId: 'https' });
    expect(parsed.fineGrainedPresetFallback).toEqual({ stored: 'deploy' });
    expect(parsed.presetFallback).toBeUndefined();
    expect(parsed.notes).toEqual([
      'Your saved fine-grained preset “deploy” cannot be used by this version, so PAT Pilot asks for contents: write instead. Choose a fine-grained preset in the options and save to change this.',
    ]);
  });

  it('replaces fine-grained settings that are not an object at all, with a note', () => {
    const { settings, notes } = parseSettings({ ...DEFAULT_SETTINGS, fineGrained: [1, 2] });
    expect(settings.fineGrained).toEqual(DEFAULT_SETTINGS.fineGrained);
    expect(notes).toEqual([
      'Your saved fine-grained setting was not valid (Choose a fine-grained preset and expiration), so the default is used.',
    ]);
  });

  it('reports both fallbacks when both presets cannot be used', () => {
    const parsed = parseSettings({ ...DEFAULT_SETTINGS, presetId: 'x', fineGrained: { ...FINE_GRAINED, presetId: 'y' } });
    expect(parsed.presetFallback).toEqual({ stored: 'x' });
    expect(parsed.fineGrainedPresetFallback).toEqual({ stored: 'y' });
    expect(parsed.notes).toHaveLength(2);
  });

  it('rejects invalid version 3 values before saving, next to their field', () => {
    const result = validateSettings({
      ...DEFAULT_SETTINGS,
      tokenKind: 'both',
      fineGrained: { ...FINE_GRAINED, customPermissions: [{ key: 'contents', access: 'read' }, { key: 'contents', access: 'write' }] },
    });
    expect(result).toEqual({
      ok: false,
      errors: { tokenKind: ['Choose classic or fine-grained.'], fineGrained: ['Each permission can be listed only once.'] },
    });
  });
});
