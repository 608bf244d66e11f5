import { inCatalogueOrder, type ScopeName } from './github/scopes';

/**
 * Named scope sets the user can pick from. "Custom" is not listed here: its scopes live in
 * the user's settings, so `presetScopes` resolves it from them. Names and purposes are texts
 * in locales/*.yml (components/preset-text.ts), so none ships here in one language only.
 */
export interface Preset {
  readonly id: PresetId;
  readonly scopes: readonly ScopeName[];
}

export const PRESET_IDS = ['recommended', 'https', 'actions', 'read-packages', 'publish-packages'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const CUSTOM_PRESET_ID = 'custom';
/** What settings store: a named preset, or the user's own scope set. */
export type PresetChoice = PresetId | typeof CUSTOM_PRESET_ID;
export const PRESET_CHOICES = [...PRESET_IDS, CUSTOM_PRESET_ID] as const;

export const DEFAULT_PRESET_ID: PresetId = 'recommended';

export const PRESETS: readonly Preset[] = [
  { id: 'recommended', scopes: ['repo', 'admin:repo_hook', 'delete_repo'] },
  { id: 'https', scopes: ['repo'] },
  { id: 'actions', scopes: ['repo', 'workflow'] },
  { id: 'read-packages', scopes: ['read:packages'] },
  { id: 'publish-packages', scopes: ['write:packages'] },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

/** The scopes a choice stands for, in GitHub's order; "custom" uses the user's own set. */
export function presetScopes(choice: PresetChoice, customScopes: readonly ScopeName[]): ScopeName[] {
  const preset = findPreset(choice);
  return inCatalogueOrder(preset ? preset.scopes : customScopes);
}
