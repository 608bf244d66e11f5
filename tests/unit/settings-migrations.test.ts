import { describe, expect, it } from 'vitest';
import { migrateSettingsV1, type SettingsV1 } from '@/lib/settings/migrations';
import { parseSettings } from '@/lib/settings/parse';

const V1: SettingsV1 = {
  preset: 'custom',
  scopes: 'repo, workflow,,gist',
  note: 'Work {date} {time}',
  expirationDays: '60',
  reminderDays: '5',
};

describe('settings migration from version 1', () => {
  it('turns the flat strings of version 1 into the current shape', () => {
    expect(migrateSettingsV1(V1)).toEqual({
      presetId: 'custom',
      customScopes: ['repo', 'workflow', 'gist'],
      noteTemplate: 'Work {date} {time}',
      expiration: { kind: 'preset', days: 60 },
      reminders: { enabled: true, daysBefore: 5 },
    });
  });

  it('maps other day counts to custom, "none" to no expiration and "0" to reminders off', () => {
    expect(migrateSettingsV1({ expirationDays: '45', reminderDays: '0' })).toEqual({
      expiration: { kind: 'custom', days: 45 },
      reminders: { enabled: false, daysBefore: 3 },
    });
    expect(migrateSettingsV1({ expirationDays: 'none', reminderDays: '' })).toEqual({
      expiration: { kind: 'none' },
      reminders: { enabled: false, daysBefore: 3 },
    });
  });

  it('passes garbage through untouched for the parser to report, and never throws', () => {
    expect(migrateSettingsV1('corrupt')).toBe('corrupt');
    expect(migrateSettingsV1(null)).toBeNull();
    const migrated = migrateSettingsV1({ ...V1, expirationDays: 'soon', scopes: 'repo,repo:write' });
    const { settings, notes } = parseSettings(migrated);
    expect(settings.customScopes).toEqual(['repo']);
    expect(settings.noteTemplate).toBe('Work {date} {time}');
    expect(notes).toEqual([
      'Unknown scope "repo:write" removed from your custom scopes.',
      'Your saved default expiration was not valid (Choose 7, 30, 60 or 90 days, a custom number of days, or no expiration), so the default is used.',
    ]);
  });

  it('leaves data already in the current shape as it is', () => {
    const current = migrateSettingsV1(V1);
    expect(migrateSettingsV1(current)).toEqual(current);
  });
});
