import { describe, expect, it } from 'vitest';
import { fromDraft, toDraft, toggleScope } from '@/lib/settings/draft';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { validateSettings } from '@/lib/settings/validate';

describe('options form draft', () => {
  it.each<Settings['expiration']>([{ kind: 'preset', days: 60 }, { kind: 'custom', days: 45 }, { kind: 'none' }])(
    'round-trips settings with expiration %j',
    (expiration) => {
      const settings: Settings = { ...DEFAULT_SETTINGS, expiration, reminders: { enabled: false, daysBefore: 9 } };
      expect(validateSettings(fromDraft(toDraft(settings)))).toEqual({ ok: true, settings });
    },
  );

  it('shows number fields as text, so typing is never rewritten', () => {
    const draft = toDraft({ ...DEFAULT_SETTINGS, expiration: { kind: 'custom', days: 45 } });
    expect(draft).toMatchObject({ expirationChoice: 'custom', customDays: '45', reminderDays: '3' });
  });

  it.each(['', 'abc', '4.5', '-2', '0', '400'])('lets the schema reject custom days typed as %j', (customDays) => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), expirationChoice: 'custom' as const, customDays };
    const result = validateSettings(fromDraft(draft));
    expect(result.ok ? undefined : result.errors.expiration).toEqual(['Enter a whole number of days from 1 to 366.']);
  });

  it('rejects reminder days outside 1–30 with a message', () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), reminderDays: '31' };
    const result = validateSettings(fromDraft(draft));
    expect(result.ok ? undefined : result.errors.reminders).toEqual(['Enter a whole number of days from 1 to 30.']);
  });
});

describe('ticking custom scopes', () => {
  it('absorbs the children of a ticked parent and keeps catalogue order', () => {
    expect(toggleScope(['read:org', 'gist', 'write:org'], 'admin:org', true)).toEqual(['admin:org', 'gist']);
  });

  it('unticks only the scope asked for', () => {
    expect(toggleScope(['repo', 'gist'], 'repo', false)).toEqual(['gist']);
    expect(toggleScope(['gist'], 'read:org', true)).toEqual(['read:org', 'gist']);
  });
});
