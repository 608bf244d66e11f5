import { classicPresetFor } from '@/lib/token-kind-chooser';
import { findScope, type Risk } from '@/lib/github/scopes';
import { CUSTOM_PRESET_ID, PRESETS, presetScopes, type PresetChoice } from '@/lib/presets';
import type { Settings } from '@/lib/settings/schema';
import { presetName, presetPurpose } from '../preset-text';

export interface PresetOption {
  id: PresetChoice;
  label: string;
  purpose: string;
  scopes: { name: string; risk: Risk; explanation: string }[];
  /** At least one scope can destroy data if the token leaks. */
  destructive: boolean;
}

/** The presets the picker offers; "Custom" only once the user has picked scopes of their own. */
export function presetOptions(settings: Pick<Settings, 'customScopes'>): PresetOption[] {
  const named = PRESETS.map((preset) => option(preset.id, settings));
  const custom = option(CUSTOM_PRESET_ID, settings);
  return custom.scopes.length > 0 ? [...named, custom] : named;
}

/**
 * The preset for what the user told "Which kind?" the token is for, else the settings' preset, when the picker
 * offers it; else the first (Recommended).
 */
export function defaultPresetId(options: readonly PresetOption[], settings: Pick<Settings, 'presetId'> & Partial<Pick<Settings, 'kindChoice'>>): PresetChoice {
  const purpose = settings.kindChoice?.purpose;
  const wanted = purpose ? classicPresetFor(purpose) : settings.presetId;
  return options.some((option) => option.id === wanted) ? wanted : options[0]!.id;
}

function option(id: PresetChoice, settings: Pick<Settings, 'customScopes'>): PresetOption {
  const scopes = presetScopes(id, settings.customScopes).flatMap((name) => {
    const info = findScope(name);
    return info ? [{ name, risk: info.risk, explanation: info.explanation }] : [];
  });
  return { id, label: presetName(id), purpose: presetPurpose(id), scopes, destructive: scopes.some((scope) => scope.risk === 'destructive') };
}
