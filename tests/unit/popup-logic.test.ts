import { describe, expect, it } from 'vitest';
import { checklistItems, hasGeneratedToken, PREREQUISITE } from '@/components/popup/checklist-items';
import { IDLE_GUIDE } from '@/lib/guide/schema';
import { defaultPresetId, presetOptions } from '@/components/popup/presets';
import { reminderSentence } from '@/components/popup/ReminderStatus';
import { DAY_MS } from '@/lib/reminders/plan';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { STEP_IDS } from '@/lib/steps/ids';

describe('checklistItems', () => {
  it('lists the fifteen steps in tour order with their titles', () => {
    const items = checklistItems({ stepId: null });
    expect(items.map((item) => item.id)).toEqual([...STEP_IDS]);
    expect(items[0]).toMatchObject({ number: 1, title: 'Open your profile menu', status: 'todo' });
    expect(new Set(items.map((item) => item.title)).size).toBe(15);
  });

  it('ticks every step before the current one', () => {
    const statuses = checklistItems({ stepId: 'fill-note' }).map((item) => item.status);
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill('done'));
    expect(statuses[8]).toBe('current');
    expect(statuses.slice(9)).toEqual(Array(6).fill('todo'));
  });

  it('says which steps GitHub shows only sometimes', () => {
    const hinted = checklistItems({ stepId: null }).filter((item) => item.onlyWhen).map((item) => item.id);
    expect(hinted).toEqual(['open-personal-access-tokens', 'confirm-access', 'authorize-sso']);
  });

  it('starts with the e-mail prerequisite', () => {
    expect(PREREQUISITE).toEqual({ title: 'Verify your e-mail address', page: 'emails' });
  });
});

describe('hasGeneratedToken', () => {
  const running = { ...IDLE_GUIDE, active: true };

  it('is true once the user generated the token or a page shows the result', () => {
    expect(hasGeneratedToken({ ...running, generatedAt: 1 })).toBe(true);
    expect(hasGeneratedToken({ ...running, stepId: 'copy-token' })).toBe(true);
    expect(hasGeneratedToken({ ...running, stepId: 'store-token' })).toBe(true);
  });

  it('is false before, and after the guide ended', () => {
    expect(hasGeneratedToken({ ...running, stepId: 'generate-token' })).toBe(false);
    expect(hasGeneratedToken({ ...IDLE_GUIDE, generatedAt: 1, stepId: 'copy-token' })).toBe(false);
  });
});

describe('presetOptions', () => {
  it('shows every preset with its scopes and their risks, flagging destructive ones', () => {
    const [recommended, https] = presetOptions(DEFAULT_SETTINGS);
    expect(recommended?.scopes).toEqual([
      expect.objectContaining({ name: 'repo', risk: 'admin' }),
      expect.objectContaining({ name: 'admin:repo_hook', risk: 'admin' }),
      expect.objectContaining({ name: 'delete_repo', risk: 'destructive' }),
    ]);
    expect(recommended?.destructive).toBe(true);
    expect(https?.destructive).toBe(false);
  });

  it('offers Custom only once the settings hold custom scopes', () => {
    expect(presetOptions(DEFAULT_SETTINGS).map((o) => o.id)).not.toContain('custom');
    const options = presetOptions({ customScopes: ['gist'] });
    expect(options.at(-1)).toMatchObject({ id: 'custom', scopes: [expect.objectContaining({ name: 'gist' })] });
  });

  it('defaults to the settings preset, or Recommended when that is not offered', () => {
    const options = presetOptions(DEFAULT_SETTINGS);
    expect(defaultPresetId(options, { presetId: 'actions' })).toBe('actions');
    expect(defaultPresetId(options, { presetId: 'custom' })).toBe('recommended');
  });
});

describe('reminderSentence', () => {
  it('describes the next reminder, or the setting before any token exists', () => {
    expect(reminderSentence(undefined, 3)).toBe('PAT Pilot reminds you 3 days before a token made with the guide expires.');
    const at = Date.UTC(2026, 11, 1, 12);
    const text = reminderSentence({ note: 'Laptop', expiresAt: at + 3 * DAY_MS, remindAt: at, notified: false }, 3);
    expect(text).toContain('“Laptop”');
    expect(text).toContain(new Date(at).toLocaleDateString(undefined, { dateStyle: 'long' }));
  });
});
