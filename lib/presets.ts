import { inCatalogueOrder, type ScopeName } from './github/scopes';

/**
 * Named scope sets the user can pick from. "Custom" is not listed here: its scopes live in
 * the user's settings, so `presetScopes` resolves it from them.
 */
export interface Preset {
  readonly id: PresetId;
  readonly label: string;
  /** One line saying what a token with these scopes is good for. */
  readonly purpose: string;
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
  {
    id: 'recommended',
    label: 'Recommended',
    purpose: 'Work with your repositories, manage their webhooks and delete repositories you no longer need.',
    scopes: ['repo', 'admin:repo_hook', 'delete_repo'],
  },
  {
    id: 'https',
    label: 'Push and pull over HTTPS',
    purpose: 'Use the token as your password for git clone, pull and push over HTTPS.',
    scopes: ['repo'],
  },
  {
    id: 'actions',
    label: 'GitHub Actions workflows',
    purpose: 'Push commits that add or change workflow files under .github/workflows.',
    scopes: ['repo', 'workflow'],
  },
  {
    id: 'read-packages',
    label: 'Read packages',
    purpose: 'Install packages from GitHub Packages, for example with npm or docker pull.',
    scopes: ['read:packages'],
  },
  {
    id: 'publish-packages',
    label: 'Publish packages',
    purpose: 'Publish packages to GitHub Packages from your computer or a build.',
    scopes: ['write:packages'],
  },
];

export const CUSTOM_PRESET_LABEL = 'Custom';
export const CUSTOM_PRESET_PURPOSE = 'The scopes you picked yourself on the options page.';

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

export function presetLabel(choice: PresetChoice): string {
  return findPreset(choice)?.label ?? CUSTOM_PRESET_LABEL;
}

/** The scopes a choice stands for, in GitHub's order; "custom" uses the user's own set. */
export function presetScopes(choice: PresetChoice, customScopes: readonly ScopeName[]): ScopeName[] {
  const preset = findPreset(choice);
  return inCatalogueOrder(preset ? preset.scopes : customScopes);
}
