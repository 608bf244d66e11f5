import { describe, expect, it } from 'vitest';
import { defaultFormPlan, formPlanFromSettings } from '@/lib/guide/form-plan';
import { uniqueNote } from '@/lib/guide/unique-note';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const now = new Date(2026, 10, 25, 9, 5, 7);

describe('form plan', () => {
  it('defaults to the recommended scopes, 30 days and a dated note', () => {
    expect(defaultFormPlan(now)).toEqual({
      note: 'PAT Pilot 2026-11-25 09:05:07',
      expiration: '30',
      customDate: undefined,
      scopes: ['repo', 'admin:repo_hook', 'delete_repo'],
    });
  });

  it('turns a custom number of days into GitHub\'s custom date', () => {
    const plan = formPlanFromSettings({ ...DEFAULT_SETTINGS, expiration: { kind: 'custom', days: 10 } }, now, 'firefox');
    expect(plan).toMatchObject({ expiration: 'custom', customDate: '2026-12-05' });
  });

  it('keeps "no expiration" only when the settings ask for it', () => {
    expect(formPlanFromSettings({ ...DEFAULT_SETTINGS, expiration: { kind: 'none' } }, now, 'chrome').expiration).toBe('none');
  });

  it('uses the preset from the settings', () => {
    const plan = formPlanFromSettings({ ...DEFAULT_SETTINGS, presetId: 'actions' }, now, 'chrome');
    expect(plan.scopes).toEqual(['repo', 'workflow']);
  });

  it('keeps a note nobody uses and numbers a taken one', () => {
    expect(uniqueNote('ci', ['other'])).toBe('ci');
    expect(uniqueNote('ci', ['CI', 'ci (2)'])).toBe('ci (3)');
  });
});
