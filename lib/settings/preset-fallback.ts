import { i18n } from '#i18n';
import { DEFAULT_FINE_GRAINED_PRESET_ID, fineGrainedPermissions } from '../fine-grained/presets';
import type { PermissionGrant } from '../github/permission-keys';
import type { PresetId } from '../presets';

/**
 * A stored preset this version cannot use (unknown, e.g. written by a newer version through sync, or
 * unreadable) must never turn quietly into a broader scope set. It is replaced by the narrowest preset
 * that still serves what the guide is for, Git over HTTPS: "repo" alone, where the default would add
 * admin:repo_hook and delete_repo. The form says so every time until the user saves settings again.
 */
export const FALLBACK_PRESET_ID: PresetId = 'https';

export interface PresetFallback {
  /** The stored value as text; undefined when the settings could not be read at all. */
  stored: string | undefined;
}

/** What the form callout and the repair note say, naming the scopes used instead. */
export function presetFallbackNotice({ stored }: PresetFallback, scopes: readonly string[]): string {
  const used = scopes.join(', ');
  return stored === undefined
    ? i18n.t('settings.presetUnreadable', { scopes: used })
    : i18n.t('settings.presetUnusable', { stored, scopes: used });
}

/**
 * The fine-grained counterpart: an unusable fine-grained preset falls back to the default one (Git over
 * HTTPS, contents: write), which is also the narrowest that serves the guide's purpose.
 */
export function fineGrainedPresetFallbackNotice({ stored }: PresetFallback): string {
  const used = grantsText(fineGrainedPermissions(DEFAULT_FINE_GRAINED_PRESET_ID, []));
  return stored === undefined
    ? i18n.t('settings.fineGrainedPresetUnreadable', { permissions: used })
    : i18n.t('settings.fineGrainedPresetUnusable', { stored, permissions: used });
}

/** Grants in the template URL's own terms, as the classic notice names scopes by their names. */
export function grantsText(grants: readonly PermissionGrant[]): string {
  return grants.map(({ key, access }) => `${key}: ${access}`).join(', ');
}
