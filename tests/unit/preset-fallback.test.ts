import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formPlanFromParsed, unreadableSettingsPlan } from '@/lib/guide/form-plan';
import { presetScopes } from '@/lib/presets';
import { parseSettings } from '@/lib/settings/parse';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { acknowledgeSettingsNotes, readSettings, saveSettings, settingsItem } from '@/lib/storage';

const now = new Date(2026, 10, 25, 9, 5, 7);
const NOTICE = 'Your saved preset “deploy-keys” cannot be used by this version, so PAT Pilot uses repo instead. Choose a preset in the options and save to change this.';
/** A preset id only a newer version knows, arriving through sync. */
const FROM_NEWER = { ...DEFAULT_SETTINGS, presetId: 'deploy-keys' };

const scopesOf = (raw: unknown) => {
  const { settings } = parseSettings(raw);
  return presetScopes(settings.presetId, settings.customScopes);
};

describe('a saved preset that cannot be used', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['unknown (a newer version\'s)', FROM_NEWER],
    ['of the wrong type', { ...DEFAULT_SETTINGS, presetId: 7 }],
    ['unreadable settings', 'garbage'],
  ])('%s: never turns into a broader scope set than "repo" alone', (_, raw) => {
    expect(scopesOf(raw)).toEqual(['repo']);
    const broadest = presetScopes(DEFAULT_SETTINGS.presetId, []);
    expect(scopesOf(raw).every((scope) => broadest.includes(scope))).toBe(true);
  });

  it('the form plan says which preset could not be used and which scopes were used instead', () => {
    const plan = formPlanFromParsed(parseSettings(FROM_NEWER), now, 'chrome');
    expect(plan.scopes).toEqual(['repo']);
    expect(plan.notice).toBe(NOTICE);
    expect(unreadableSettingsPlan(now, 'chrome')).toMatchObject({
      scopes: ['repo'],
      notice: 'Your saved preset could not be read, so PAT Pilot uses repo instead. Choose a preset in the options and save to change this.',
    });
    expect(formPlanFromParsed(parseSettings(DEFAULT_SETTINGS), now, 'chrome').notice).toBeUndefined();
  });

  it('is reported on every read, also once its repair note was shown, until settings are saved again', async () => {
    await settingsItem.setValue(FROM_NEWER as never);
    const first = await readSettings();
    expect(first.notes).toContain(NOTICE);
    await acknowledgeSettingsNotes(first.notes);
    for (let read = 0; read < 2; read++) {
      const again = await readSettings();
      expect(again.notes).toEqual([]);
      expect(formPlanFromParsed(again, now, 'chrome').notice).toBe(NOTICE);
    }
    await saveSettings({ ...DEFAULT_SETTINGS, presetId: 'actions' });
    const saved = await readSettings();
    expect(saved.presetFallback).toBeUndefined();
    const plan = formPlanFromParsed(saved, now, 'chrome');
    expect(plan.scopes).toEqual(['repo', 'workflow']);
    expect(plan.notice).toBeUndefined();
  });
});
