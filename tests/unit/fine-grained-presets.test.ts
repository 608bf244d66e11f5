import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FINE_GRAINED_PRESET_ID,
  FINE_GRAINED_CUSTOM,
  FINE_GRAINED_PRESET_CHOICES,
  FINE_GRAINED_PRESET_IDS,
  fineGrainedPermissions,
} from '@/lib/fine-grained/presets';
import { fineGrainedPresetDescription, fineGrainedPresetName, fineGrainedPresetPurpose } from '@/lib/fine-grained/preset-text';
import { PERMISSION_KEYS } from '@/lib/github/permission-keys';

describe('fine-grained presets', () => {
  it('ask for the least each purpose needs', () => {
    expect(fineGrainedPermissions('https', [])).toEqual([{ key: 'contents', access: 'write' }]);
    expect(fineGrainedPermissions('actions', [])).toEqual([
      { key: 'contents', access: 'write' },
      { key: 'workflows', access: 'write' },
    ]);
    expect(fineGrainedPermissions('read-code', [])).toEqual([{ key: 'contents', access: 'read' }]);
    expect(fineGrainedPermissions('issues-prs', [])).toEqual([
      { key: 'issues', access: 'write' },
      { key: 'pull_requests', access: 'write' },
    ]);
    expect(DEFAULT_FINE_GRAINED_PRESET_ID).toBe('https');
  });

  it('never lists metadata: GitHub grants it with any repository permission', () => {
    for (const id of FINE_GRAINED_PRESET_IDS) expect(fineGrainedPermissions(id, []).map((grant) => grant.key)).not.toContain('metadata');
  });

  it('use the custom permissions for "custom", once per key and in catalogue order', () => {
    const custom = fineGrainedPermissions(FINE_GRAINED_CUSTOM, [
      { key: 'workflows', access: 'write' },
      { key: 'gists', access: 'read' },
      { key: 'contents', access: 'read' },
      { key: 'contents', access: 'write' },
    ]);
    expect(custom).toEqual([
      { key: 'contents', access: 'write' },
      { key: 'workflows', access: 'write' },
      { key: 'gists', access: 'read' },
    ]);
    const order = custom.map((grant) => PERMISSION_KEYS.indexOf(grant.key));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('ignore the custom permissions for a named preset', () => {
    expect(fineGrainedPermissions('https', [{ key: 'secrets', access: 'write' }])).toEqual([{ key: 'contents', access: 'write' }]);
  });

  it('have a name, a purpose and a token description in the user’s language', () => {
    for (const id of FINE_GRAINED_PRESET_CHOICES) {
      expect(fineGrainedPresetName(id)).not.toMatch(/^fineGrainedPresets/);
      expect(fineGrainedPresetPurpose(id).length).toBeGreaterThan(10);
      expect(fineGrainedPresetDescription(id).length).toBeLessThanOrEqual(1024);
    }
    expect(fineGrainedPresetName('read-code')).toBe('Read code');
  });
});
