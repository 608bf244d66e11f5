import { describe, expect, it } from 'vitest';
import { parseSettings } from '@/lib/settings/parse';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

// Version 3's fields as they are by default; the classic fields are what these tests are about.
const CUSTOM: Settings = {
  ...DEFAULT_SETTINGS,
  presetId: 'custom',
  customScopes: ['repo', 'gist'],
  noteTemplate: 'Laptop {date} {time}',
  expiration: { kind: 'custom', days: 45 },
  reminders: { enabled: false, daysBefore: 10 },
};

describe('reading stored settings', () => {
  it('uses the defaults, silently, when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, notes: [] });
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, notes: [] });
  });

  it('keeps valid settings exactly as stored', () => {
    expect(parseSettings(CUSTOM)).toEqual({ settings: CUSTOM, notes: [] });
  });

  it('repairs wrong types field by field and keeps every valid field', () => {
    const { settings, notes } = parseSettings({ ...CUSTOM, presetId: 7, noteTemplate: ['x'] });
    expect(settings).toEqual({ ...CUSTOM, presetId: 'https', noteTemplate: DEFAULT_SETTINGS.noteTemplate });
    expect(notes).toEqual([
      'Your saved note template was not valid (Enter a note template), so the default is used.',
      'Your saved preset “7” cannot be used by this version, so PAT Pilot uses repo instead. Choose a preset in the options and save to change this.',
    ]);
  });

  it('drops unknown scopes, keeps the known ones and names what it dropped', () => {
    const { settings, notes } = parseSettings({ ...CUSTOM, customScopes: ['repo', 'repo:write', 'gist', 12] });
    expect(settings.customScopes).toEqual(['repo', 'gist']);
    expect(notes).toEqual(['Unknown scopes "repo:write", "12" removed from your custom scopes.']);
  });

  it('rejects an over-long note template and says why', () => {
    const { settings, notes } = parseSettings({ ...CUSTOM, noteTemplate: 'n'.repeat(500) });
    expect(settings).toEqual({ ...CUSTOM, noteTemplate: DEFAULT_SETTINGS.noteTemplate });
    expect(notes).toEqual([
      'Your saved note template was not valid (The note is 500 characters long; keep it to 100 or fewer), so the default is used.',
    ]);
  });

  it('falls back for out-of-range days but keeps the valid half of the reminders', () => {
    const { settings, notes } = parseSettings({
      ...CUSTOM,
      expiration: { kind: 'custom', days: 1000 },
      reminders: { enabled: false, daysBefore: 31 },
    });
    expect(settings).toEqual({
      ...CUSTOM,
      expiration: DEFAULT_SETTINGS.expiration,
      reminders: { enabled: false, daysBefore: DEFAULT_SETTINGS.reminders.daysBefore },
    });
    expect(notes).toEqual([
      'Your saved default expiration was not valid (Enter a whole number of days from 1 to 366), so the default is used.',
      'Your saved reminder setting was not valid (Enter a whole number of days from 1 to 30), so the default is used.',
    ]);
  });

  it.each([42, 'garbage', '{"presetId": "https"', [CUSTOM], true])('survives unreadable data: %j', (raw) => {
    expect(parseSettings(raw)).toEqual({
      settings: { ...DEFAULT_SETTINGS, presetId: 'https' },
      notes: [
        'Your saved settings could not be read, so the defaults are used.',
        'Your saved preset could not be read, so PAT Pilot uses repo instead. Choose a preset in the options and save to change this.',
      ],
      presetFallback: { stored: undefined },
    });
  });

  it('reads settings that were stored as JSON text, and scope lists stored as text', () => {
    const stored = JSON.stringify({ ...CUSTOM, customScopes: 'gist, repo' });
    expect(parseSettings(stored)).toEqual({ settings: CUSTOM, notes: [] });
    expect(parseSettings({ ...CUSTOM, customScopes: '["gist","repo"]' }).settings.customScopes).toEqual(['repo', 'gist']);
  });

  it('reports a scope list that is no list at all', () => {
    const { settings, notes } = parseSettings({ ...CUSTOM, customScopes: { repo: true } });
    expect(settings.customScopes).toEqual([]);
    expect(notes).toEqual(['Your saved custom scope list was not valid (not a list of scopes), so the default is used.']);
  });

  it('keeps what it understands from a newer version and reports the rest', () => {
    const newer = {
      ...CUSTOM,
      presetId: 'team-default',
      expiration: { kind: 'business-days', days: 20 },
      theme: 'dark',
      sharedWith: ['work'],
    };
    const { settings, notes } = parseSettings(newer);
    expect(settings).toEqual({ ...CUSTOM, presetId: 'https', expiration: DEFAULT_SETTINGS.expiration });
    expect(notes).toHaveLength(3);
    expect(notes[1]).toBe('Ignored settings this version does not know: "theme", "sharedWith".');
  });

  it('does not let hostile keys change how the object behaves', () => {
    const hostile = JSON.parse('{"__proto__": {"presetId": "https"}, "constructor": 1}');
    const { settings, notes } = parseSettings(hostile);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notes).toEqual(['Ignored settings this version does not know: "__proto__", "constructor".']);
    expect(({} as Record<string, unknown>).presetId).toBeUndefined();
  });
});
