import { describe, expect, it } from 'vitest';
import { defaultPresetId, presetOptions } from '@/components/popup/presets';
import { defaultFineGrainedPresetId, fineGrainedOptions } from '@/components/popup/fine-grained-options';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

/** What the user told "Which kind?" the token is for picks the fast path's preset, of either kind. */
describe('the fast path preselects the preset for the chosen purpose', () => {
  const told = (purpose: 'publish-packages' | 'actions' | 'api' | null) => ({
    ...DEFAULT_SETTINGS,
    presetId: 'recommended' as const,
    kindChoice: { purpose, facts: [] },
  });

  it('classic: the purpose wins over the settings preset; without one the settings preset stays', () => {
    const options = presetOptions(DEFAULT_SETTINGS);
    expect(defaultPresetId(options, told('publish-packages'))).toBe('publish-packages');
    expect(defaultPresetId(options, told('actions'))).toBe('actions');
    expect(defaultPresetId(options, told(null))).toBe('recommended');
  });

  it('fine-grained: the purpose wins over the settings preset; without one the settings preset stays', () => {
    const settings = { ...told('actions'), fineGrained: { ...DEFAULT_SETTINGS.fineGrained, presetId: 'read-code' as const } };
    const options = fineGrainedOptions(settings);
    expect(defaultFineGrainedPresetId(options, settings)).toBe('actions');
    expect(defaultFineGrainedPresetId(options, { ...settings, kindChoice: { purpose: 'api', facts: [] } })).toBe('issues-prs');
    expect(defaultFineGrainedPresetId(options, { ...settings, kindChoice: { purpose: null, facts: [] } })).toBe('read-code');
  });
});
