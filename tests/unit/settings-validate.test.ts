import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { validateSettings } from '@/lib/settings/validate';

describe('validating settings before saving', () => {
  it('accepts the defaults and a full custom set', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const custom = { ...DEFAULT_SETTINGS, presetId: 'custom', customScopes: ['workflow'], expiration: { kind: 'none' } };
    expect(validateSettings(custom)).toEqual({ ok: true, settings: custom });
  });

  it('rejects unknown scopes instead of dropping them, naming each', () => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, customScopes: ['repo', 'repo:write'] });
    expect(result).toEqual({ ok: false, errors: { customScopes: ['Unknown scope "repo:write"'] } });
  });

  it('gives one message per problem, next to each field', () => {
    const result = validateSettings({
      presetId: 'everything',
      customScopes: [],
      noteTemplate: '{who}'.repeat(30),
      expiration: { kind: 'custom', days: 0 },
      reminders: { enabled: 'yes', daysBefore: 3 },
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        presetId: ['Choose one of the listed presets.'],
        noteTemplate: [
          'Unknown placeholder {who}: use {date}, {time} or {browser}.',
          'The note is 150 characters long; keep it to 100 or fewer.',
        ],
        expiration: ['Enter a whole number of days from 1 to 366.'],
        reminders: ['Choose whether to be reminded.'],
      },
    });
  });

  it('rejects something that is not settings at all, field by field', () => {
    const result = validateSettings('{}');
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.errors)).toEqual([
      'presetId',
      'customScopes',
      'noteTemplate',
      'expiration',
      'reminders',
    ]);
  });
});
