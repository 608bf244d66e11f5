import { describe, expect, it } from 'vitest';
import { presetName, presetPurpose } from '@/components/preset-text';
import { scopeListSchema } from '@/lib/github/scopes';
import {
  DEFAULT_PRESET_ID,
  PRESET_CHOICES,
  PRESET_IDS,
  PRESETS,
  findPreset,
  presetScopes,
} from '@/lib/presets';

describe('presets', () => {
  it('lists one preset per id, in the declared order', () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual([...PRESET_IDS]);
  });

  it('uses only scopes from the catalogue', () => {
    for (const preset of PRESETS) expect(scopeListSchema.safeParse(preset.scopes).success, preset.id).toBe(true);
  });

  it('gives every preset at least one scope, and no text of its own: names and purposes are in the message files', () => {
    for (const preset of PRESETS) {
      expect(preset.scopes.length, preset.id).toBeGreaterThan(0);
      expect(Object.keys(preset).sort(), preset.id).toEqual(['id', 'scopes']);
    }
  });

  it('names every choice and says what it is for, from the message files', () => {
    for (const choice of PRESET_CHOICES) {
      expect(presetName(choice), choice).toMatch(/\S/);
      expect(presetPurpose(choice), choice).toMatch(/^[^\n]{10,120}$/);
    }
    expect(presetName('https')).toBe('Push and pull over HTTPS');
  });

  it('recommends repo, admin:repo_hook and delete_repo by default', () => {
    expect(DEFAULT_PRESET_ID).toBe('recommended');
    expect(findPreset('recommended')?.scopes).toEqual(['repo', 'admin:repo_hook', 'delete_repo']);
  });

  it('offers the useful sets the issue asks for', () => {
    expect(findPreset('https')?.scopes).toEqual(['repo']);
    expect(findPreset('actions')?.scopes).toEqual(['repo', 'workflow']);
    expect(findPreset('read-packages')?.scopes).toEqual(['read:packages']);
  });

  it("resolves custom from the user's own scopes, in GitHub's order", () => {
    expect(PRESET_CHOICES).toContain('custom');
    expect(presetScopes('custom', ['gist', 'repo'])).toEqual(['repo', 'gist']);
  });

  it('ignores the custom set when a named preset is chosen', () => {
    expect(presetScopes('https', ['gist'])).toEqual(['repo']);
  });
});
